/** What La Poste's tracking says happened to a registered letter. */
export type LetterStatusKind = 'deposited' | 'presented' | 'notice-left' | 'delivered' | 'returned';

export const LETTER_STATUS_KINDS = ['deposited', 'presented', 'notice-left', 'delivered', 'returned'] as const satisfies readonly LetterStatusKind[];

/** One tracking status of a registered letter, with the day it happened and La Poste's code and wording. */
export interface LetterStatus {
  trackingNumber: string;
  status: LetterStatusKind;
  on: string;
  code: string;
  label?: string;
}

export const LETTER_STATUS_NAMES: Record<LetterStatusKind, { fr: string; en: string }> = {
  deposited: { fr: 'déposée à La Poste', en: 'posted' },
  presented: { fr: 'présentée au destinataire', en: 'presented to the addressee' },
  'notice-left': { fr: 'avisée (à retirer au bureau de poste)', en: 'notice left (to collect at the post office)' },
  delivered: { fr: 'distribuée', en: 'delivered' },
  returned: { fr: 'retournée à l’expéditeur', en: 'returned to the sender' },
};

/** A registered letter's number as La Poste reads it: "1A 234 567 8901 2" → "1A23456789012". */
export function compactTrackingNumber(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** La Poste's public tracking page for a number, for users without a key: one click, and Relance calls nothing. */
export function laPosteTrackingPageUrl(trackingNumber: string): string {
  return `https://www.laposte.fr/outils/suivre-vos-envois?code=${encodeURIComponent(compactTrackingNumber(trackingNumber))}`;
}
