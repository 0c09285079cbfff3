import type { TimelineEvent } from '../model/event';
import type { LocalizedText } from './localized-text';

/**
 * What interrupts a limitation period: the debtor's own writing or acts acknowledging the debt (C. civ. 2240;
 * LEGAL.md fact 27), and, against a public buyer only, the creditor's own written claim (loi n° 68-1250, art. 2).
 */
export type AcknowledgementKind = DebtorAcknowledgementKind | 'written-claim';
/** The debtor's own acknowledgements, the only ones C. civ. 2240 counts. */
export type DebtorAcknowledgementKind = 'written-promise' | 'partial-payment' | 'plan-request';

export type PrescriptionWarning = 'none' | 'approaching' | 'imminent' | 'expired';

/** Within this many days of the last day, the warning is "approaching"; within IMMINENT_DAYS, "imminent". */
const APPROACHING_DAYS = 183;
const IMMINENT_DAYS = 31;

/** How close the last day to go to court is. */
export function prescriptionWarning(daysLeft: number, expired: boolean): PrescriptionWarning {
  return expired ? 'expired' : daysLeft <= IMMINENT_DAYS ? 'imminent' : daysLeft <= APPROACHING_DAYS ? 'approaching' : 'none';
}

/** Each interruption named in a sentence ("… du client vaut reconnaissance de dette"). */
export const ACKNOWLEDGEMENT_WORDS: Record<AcknowledgementKind, LocalizedText> = {
  'written-promise': { fr: 'la promesse écrite de payer', en: 'the written promise to pay' },
  'partial-payment': { fr: 'le paiement partiel', en: 'the partial payment' },
  'plan-request': { fr: 'la demande écrite d’échéancier', en: 'the written request for a payment plan' },
  'written-claim': { fr: 'votre réclamation écrite', en: 'your written claim' },
};

/** Whether an event is the debtor acknowledging the debt, and how. */
export function acknowledgementKind(event: TimelineEvent): DebtorAcknowledgementKind | undefined {
  if (event.kind === 'reply-received') {
    const kind = event.data.kind;
    return kind === 'promise' ? 'written-promise' : kind === 'plan' ? 'plan-request' : undefined;
  }
  if (event.kind === 'promise' && event.data.source === 'reply') return 'written-promise';
  if (event.kind === 'payment' && !event.data.full) return 'partial-payment';
  return undefined;
}
