import { addDays } from '../calendar/iso-date';
import type { DebtorKind } from '../model/client';

/** The délai global de paiement of a public buyer (CCP R2192-10; LEGAL.md fact 38: 30 days, 50 for public health bodies). */
export const PUBLIC_BUYER_PAYMENT_DAYS = 30;

/**
 * The due date when no source gave one: the user's own payment terms, except for a public buyer, whose payment period
 * the law sets (a contract may not give it longer).
 */
export function defaultDueDate(issueDate: string, debtor: DebtorKind, paymentTermsDays: number): string {
  return addDays(issueDate, debtor === 'public' ? Math.min(PUBLIC_BUYER_PAYMENT_DAYS, paymentTermsDays) : paymentTermsDays);
}
