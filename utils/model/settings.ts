import type { SemesterRates } from '../legal/rates';
import type { StageId } from './stage';
import type { Language } from './language';

export interface CreditorIdentity {
  name: string;
  legalForm?: string;
  siren?: string;
  vatId?: string;
  address?: string[];
  city?: string;
  iban?: string;
  bic?: string;
  email?: string;
  representative?: string;
  signature?: string;
}

/** Days relative to the due date at which each stage starts (negative = before). */
export type LadderDelays = Record<Exclude<StageId, 'none' | 'judicial'>, number>;

export interface Settings {
  creditor: CreditorIdentity;
  language: Language;
  paymentTermsDays: number;
  /** Annual percent; absent = legal default (ECB + 10 points). */
  contractualRate?: number;
  formalNoticeDeadlineDays: number;
  ladder: LadderDelays;
  courtesyEnabled: boolean;
  /** One reminder per client covering all overdue invoices. */
  groupByClient: boolean;
  /** Bas-Rhin, Haut-Rhin or Moselle: business days follow the Alsace-Moselle holidays (legal/holidays.ts); absent: elsewhere in France. */
  department?: '57' | '67' | '68';
  /** Semesters the user entered or corrected; they replace the shipped rate table's entries (legal/rates.ts). */
  rateOverrides?: SemesterRates[];
  onboarded: boolean;
  /** Ask the browser's on-device model about replies the rules are unsure of (Chrome only; off unless the user turns it on). */
  secondOpinion?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  creditor: { name: '' },
  language: 'fr',
  paymentTermsDays: 30,
  formalNoticeDeadlineDays: 8,
  ladder: { courtesy: -3, reminder1: 1, reminder2: 15, 'last-reminder': 30, 'formal-notice': 45 },
  courtesyEnabled: false,
  groupByClient: false,
  onboarded: false,
};
