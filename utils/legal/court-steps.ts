import type { Money } from '../mail/types';
import type { DebtorKind } from '../model/client';
import { SMALL_CLAIM_MAX_EUR_MINOR } from './judicial-options';
import type { LocalizedText } from './localized-text';
import { ADMINISTRATIVE_INTERIM_PAYMENT } from './public-buyer-routes';
import type { PaymentOrderCourtKind } from './payment-order-court';

export type CourtStepId = 'small-claims' | 'payment-order' | 'refere-provision' | 'administrative-interim-payment';

/** One way to court the judicial stage offers, with what it costs and how long it takes (LEGAL.md facts 28–33). */
export interface CourtStep {
  id: CourtStepId;
  title: LocalizedText;
  cost: LocalizedText;
  duration: LocalizedText;
  /** The document Relance prepares for it, when it prepares one. */
  document?: 'small-claims-dossier' | 'payment-order';
}

/** Official pages each step points to. */
export const COURT_LINKS = {
  credicys: 'https://www.credicys.fr/',
  tribunalDigital: 'https://www.tribunaldigital.fr/les-procedures/injonction-de-payer/index.html',
  courtFinder: 'https://www.justice.fr/recherche/annuaires',
} as const;

/**
 * The judicial steps in the order to try them: the commissaire de justice's small-claims procedure first when the sum
 * qualifies (≤ 5 000 €, CPCE L125-1: cheap, one month, needs the debtor's agreement), then the requête en injonction
 * de payer, then the référé-provision (a hearing). Above 5 000 € the requête comes first.
 */
export function courtSteps(input: { amount: Money; court: PaymentOrderCourtKind; debtorKind: DebtorKind }): CourtStep[] {
  const small = input.amount.currency === 'EUR' && input.amount.minor <= SMALL_CLAIM_MAX_EUR_MINOR;
  const commerce = input.court === 'tribunal-de-commerce';
  const smallClaims: CourtStep = {
    id: 'small-claims',
    title: { fr: 'Petites créances : commissaire de justice (Credicys)', en: 'Small claims: commissaire de justice (Credicys)' },
    cost: { fr: 'Frais du commissaire de justice, entièrement à votre charge', en: 'The commissaire de justice’s fees, all borne by you' },
    duration: {
      fr: 'Un mois laissé au débiteur pour accepter ; titre exécutoire dès son accord',
      en: 'One month for the debtor to agree; an enforceable title as soon as they do',
    },
    document: 'small-claims-dossier',
  };
  const paymentOrder: CourtStep = {
    id: 'payment-order',
    title: commerce
      ? {
          fr: 'Requête en injonction de payer au président du tribunal de commerce',
          en: 'Application for an order for payment to the commercial court’s president',
        }
      : { fr: 'Requête en injonction de payer au tribunal judiciaire', en: 'Application for an order for payment to the tribunal judiciaire' },
    cost: commerce
      ? {
          fr: 'Frais de greffe d’environ 33 à 38 € (montant indicatif), puis la signification par commissaire de justice',
          en: 'Court-office fee of about €33–38 (approximate), then service by a commissaire de justice',
        }
      : {
          fr: 'Signification par commissaire de justice ; avocat obligatoire au-delà de 10 000 €',
          en: 'Service by a commissaire de justice; a lawyer is required above €10,000',
        },
    duration: {
      fr: 'Ordonnance sur dossier, sans audience ; signification dans les 3 mois ; opposition possible pendant 1 mois ; exécution 2 mois après la signification sans opposition',
      en: 'Order on the papers, no hearing; service within 3 months; 1 month to oppose; enforcement 2 months after service without opposition',
    },
    document: 'payment-order',
  };
  const administrativeInterimPayment: CourtStep = {
    id: 'administrative-interim-payment',
    title: ADMINISTRATIVE_INTERIM_PAYMENT,
    cost: {
      fr: 'Pas de frais de justice ; avocat recommandé ; requête en ligne sur Télérecours citoyens',
      en: 'No court fee; a lawyer is advisable; filed online on Télérecours citoyens',
    },
    duration: {
      fr: 'Ordonnance du juge des référés, en général en quelques semaines ; seulement si la dette n’est pas sérieusement contestable',
      en: 'An order of the interim-relief judge, usually within weeks; only if the debt cannot seriously be disputed',
    },
  };
  const refere: CourtStep = {
    id: 'refere-provision',
    title: { fr: 'Référé-provision', en: 'Référé-provision (interim payment)' },
    cost: {
      fr: 'Assignation par commissaire de justice ; avocat selon le tribunal',
      en: 'Summons by a commissaire de justice; a lawyer depending on the court',
    },
    duration: {
      fr: 'Audience rapide et contradictoire ; seulement si la dette n’est pas sérieusement contestable',
      en: 'A quick hearing with both sides; only if the debt cannot seriously be disputed',
    },
  };
  // A public buyer's contract is administrative: its judge comes first, and no commissaire de justice can enforce
  // against public property; the requête stays offered, with its warning, for a contract of private law.
  if (input.debtorKind === 'public') return [administrativeInterimPayment, paymentOrder];
  return small ? [smallClaims, paymentOrder, refere] : [paymentOrder, refere];
}
