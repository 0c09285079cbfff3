import type { Money } from '../mail/types';
import { addMonths } from '../calendar/iso-date';

/** Instalments of the default payment-plan proposal (the user edits the mail, or the accepted plan, before saving). */
export const DEFAULT_PLAN_INSTALMENTS = 3;

export interface Instalment {
  date: string;
  amount: Money;
}

/** Splits an amount into `count` monthly instalments from `firstDate`; the first one carries the leftover cents. */
export function monthlyInstalments(amount: Money, count: number, firstDate: string): Instalment[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`Instalment count must be a positive integer: ${count}`);
  const share = Math.floor(amount.minor / count);
  const leftover = amount.minor - share * count;
  return Array.from({ length: count }, (_, i) => ({
    date: addMonths(firstDate, i),
    amount: { minor: share + (i === 0 ? leftover : 0), currency: amount.currency },
  }));
}
