import { STAGES } from '../model/stage';
import type { InvoiceSummary } from '../model/view';
import { compareCodeUnits } from '../model/compare-code-units';

/** Columns the dashboard table sorts on. */
export const SORT_KEYS = ['client', 'amount', 'daysLate', 'stage', 'nextAction', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** Default order: the most urgent first (earliest next action, then most days late). */
export const URGENCY_ORDER: SortOrder = { key: 'nextAction', direction: 'asc' };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function compare(a: InvoiceSummary, b: InvoiceSummary, key: SortKey): number {
  switch (key) {
    case 'client':
      return collator.compare(a.clientName, b.clientName);
    case 'amount':
      // Mixed currencies sort by currency first: comparing cents of EUR with yen would mean nothing.
      return compareCodeUnits(a.amountDue.currency, b.amountDue.currency) || a.amountDue.minor - b.amountDue.minor;
    case 'daysLate':
      return a.daysLate - b.daysLate;
    case 'stage':
      return STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage);
    case 'nextAction':
      // Invoices with no next action go last whatever the direction's first key.
      return compareCodeUnits(a.nextActionDate ?? '9999-99-99', b.nextActionDate ?? '9999-99-99');
    case 'status':
      return compareCodeUnits(a.status, b.status);
  }
}

/** A sorted copy; ties fall back to days late (most first), then invoice number, so the order is stable. */
export function sortInvoices(invoices: InvoiceSummary[], order: SortOrder): InvoiceSummary[] {
  const sign = order.direction === 'asc' ? 1 : -1;
  return [...invoices].sort((a, b) => sign * compare(a, b, order.key) || b.daysLate - a.daysLate || collator.compare(a.number, b.number));
}

/** The order after clicking a column header: same column flips the direction, another starts ascending. */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  return current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' };
}
