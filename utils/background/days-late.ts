import { daysBetween } from '../calendar/iso-date';
import type { Invoice } from '../model/invoice';

/** Days past the due date at `today` (negative before it). */
export function daysLate(invoice: Pick<Invoice, 'dueDate'>, today: string): number {
  return daysBetween(invoice.dueDate, today);
}
