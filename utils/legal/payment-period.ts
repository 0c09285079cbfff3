import { addDays } from '../calendar/iso-date';
import type { DebtorKind } from '../model/client';

/** The délai global de paiement of a public buyer (CCP R2192-10; LEGAL.md fact 38: 30 days, 50 for public health bodies). */
export const PUBLIC_BUYER_PAYMENT_DAYS = 30;

/** The longest payment term between businesses: 60 days from the invoice's date (C. com. L441-10 I; LEGAL.md fact 9). */
export const BUSINESS_MAX_PAYMENT_DAYS = 60;

/**
 * The due date when no source gave one: the user's own payment terms, within what the law allows the debtor: a public
 * buyer's payment period is set by law (a contract may not give it longer), a business's term is at most 60 days (the
 * 45-days-end-of-month derogation must be written in the contract, which Relance does not read). A consumer is owed
 * no cap.
 */
export function defaultDueDate(issueDate: string, debtor: DebtorKind, paymentTermsDays: number): string {
  const most = debtor === 'public' ? PUBLIC_BUYER_PAYMENT_DAYS : debtor === 'business' ? BUSINESS_MAX_PAYMENT_DAYS : Number.POSITIVE_INFINITY;
  return addDays(issueDate, Math.min(most, paymentTermsDays));
}
