/** How a missing variable is named in the visible gap left in its place. */
import type { Language } from '../model/language';
export const VARIABLE_LABELS: Record<string, { fr: string; en: string }> = {
  greeting: { fr: 'formule d’appel', en: 'greeting' },
  clientName: { fr: 'nom du client', en: 'client name' },
  contactName: { fr: 'nom du contact', en: 'contact name' },
  invoiceNumber: { fr: 'numéro de facture', en: 'invoice number' },
  invoiceRef: { fr: 'référence de la facture', en: 'invoice reference' },
  invoiceList: { fr: 'liste des factures', en: 'invoice list' },
  issueDate: { fr: 'date de la facture', en: 'invoice date' },
  dueDate: { fr: 'date d’échéance', en: 'due date' },
  amountDue: { fr: 'montant dû', en: 'amount due' },
  invoiceTotal: { fr: 'montant de la facture', en: 'invoice total' },
  daysLate: { fr: 'nombre de jours de retard', en: 'days late' },
  penaltyRate: { fr: 'taux des pénalités', en: 'penalty rate' },
  penaltyAmount: { fr: 'montant des pénalités', en: 'penalty amount' },
  penaltyBreakdown: { fr: 'détail des pénalités par période', en: 'penalties by period' },
  interestDue: { fr: 'intérêts échus', en: 'interest accrued' },
  indemnity: { fr: 'indemnité forfaitaire', en: 'recovery indemnity' },
  lateChargesName: { fr: 'nom des pénalités', en: 'name of the late charges' },
  lateChargesLaw: { fr: 'texte des pénalités', en: 'law of the late charges' },
  indemnityLaw: { fr: 'texte de l’indemnité', en: 'law of the indemnity' },
  totalDue: { fr: 'total dû', en: 'total due' },
  iban: { fr: 'IBAN', en: 'IBAN' },
  bic: { fr: 'BIC', en: 'BIC' },
  paymentLink: { fr: 'lien de paiement', en: 'payment link' },
  creditorName: { fr: 'votre nom', en: 'your name' },
  signature: { fr: 'signature', en: 'signature' },
  today: { fr: 'date du jour', en: 'today’s date' },
  deadlineDate: { fr: 'date limite', en: 'deadline' },
  formalNoticeDeadlineDays: { fr: 'délai de la mise en demeure', en: 'formal notice deadline' },
  formalNoticeDate: { fr: 'date de la mise en demeure', en: 'formal notice date' },
  formalNoticeTracking: { fr: 'numéro du recommandé', en: 'registered letter number' },
  formalNoticeDeadline: { fr: 'échéance de la mise en demeure', en: 'formal notice deadline date' },
  promisedDate: { fr: 'date promise', en: 'promised date' },
  instalments: { fr: 'échéancier', en: 'instalment schedule' },
};

const MISSING_GAP: Record<Language, (label: string) => string> = { fr: (label) => `[${label} à compléter]`, en: (label) => `[${label} missing]` };

/** The visible gap shown for a missing variable: "[numéro de facture à compléter]" / "[invoice number missing]". */
export function missingVariableGap(name: string, language: Language): string {
  const label = VARIABLE_LABELS[name]?.[language] ?? name;
  return MISSING_GAP[language](label);
}
