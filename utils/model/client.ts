import type { MailAddress } from '../mail/types';
import type { Language } from './language';

/** Who owes: a company (C. com. L441-10), a consumer (C. civ. 1231-6), or a public buyer (Code de la commande publique). */
export type DebtorKind = 'business' | 'consumer' | 'public';
export const DEBTOR_KINDS = ['business', 'consumer', 'public'] as const satisfies readonly DebtorKind[];

/** What the public French registry says about a debtor company (recherche-entreprises.api.gouv.fr). */
export interface RegistryFacts {
  siren: string;
  name: string;
  address: string[];
  /** INSEE legal category, as a label when known ("SAS"), else its code. */
  legalForm?: string;
  /** A legal person of public law (INSEE legal category 7xxx: State, commune, hospital…): a public buyer. */
  publicBody?: boolean;
  /** false: the company is ceased (etat_administratif "C"). */
  active: boolean;
  ceasedOn?: string;
  checkedOn: string;
}

/** A collective proceeding published in the BODACC: creditors stop chasing and declare their claim instead. */
export interface CollectiveProceedings {
  kind: 'sauvegarde' | 'redressement' | 'liquidation';
  /** BODACC publication of the opening judgment: the two-month window to declare the claim runs from it. */
  publishedOn: string;
  judgedOn?: string;
  court?: string;
  /** The proceeding was closed (e.g. for lack of assets): still no chasing. */
  closedOn?: string;
}

/**
 * Where a client's language comes from: the user's explicit choice (never overridden), the client's own mails, the
 * user's mails to them, or the user's own language when nothing was read yet.
 */
export type ClientLanguageSource = 'user' | 'replies' | 'sent-mail' | 'settings';

/** A debtor. */
export interface Client {
  id: string;
  name: string;
  company?: string;
  emails: MailAddress[];
  kind: DebtorKind;
  address?: string[];
  siren?: string;
  vatId?: string;
  /** The language reminders, the formal notice and the evidence file are written in (the interface keeps the user's). */
  language: Language;
  /** Absent: as 'settings' (nothing chosen, nothing read yet). */
  languageSource?: ClientLanguageSource;
  /** Ladder paused for every invoice of this client. */
  paused?: boolean;
  /** Last registry lookup (issue 11). */
  registry?: RegistryFacts;
  /** Set from the BODACC: the ladder stops for every invoice of this client (utils/legal/ladder.ts). */
  proceedings?: CollectiveProceedings;
  createdAt: string;
  updatedAt: string;
  rev: number;
}
