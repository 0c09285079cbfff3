import type { InvoiceSummary } from '../model/view';
import { foldText } from '../detect/fold';

/** The dashboard's views of the invoice list. */
export const DASHBOARD_VIEWS = ['all', 'today', 'overdue', 'promised', 'disputed', 'paid'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/** Whether a string (a URL hash, say) names a view. */
export function isDashboardView(value: string): value is DashboardView {
  return (DASHBOARD_VIEWS as readonly string[]).includes(value);
}

const CHASED = new Set<InvoiceSummary['status']>(['open', 'promised', 'payment-claimed']);
const SETTLED = new Set<InvoiceSummary['status']>(['paid', 'cancelled']);

/** Whether the invoice needs something done on `today` (same rule as the background's daily check). */
export function isDueToday(invoice: InvoiceSummary, today: string): boolean {
  return CHASED.has(invoice.status) && invoice.nextActionDate !== undefined && invoice.nextActionDate <= today;
}

/** Whether money is still owed on the invoice. */
export function isOutstanding(invoice: InvoiceSummary): boolean {
  return !SETTLED.has(invoice.status) && invoice.amountDue.minor > 0;
}

/** Whether the invoice is outstanding and past its due date. */
export function isOverdue(invoice: InvoiceSummary): boolean {
  return isOutstanding(invoice) && invoice.daysLate > 0;
}

function inView(invoice: InvoiceSummary, view: DashboardView, today: string): boolean {
  switch (view) {
    case 'all':
      return true;
    case 'today':
      return isDueToday(invoice, today);
    case 'overdue':
      return isOverdue(invoice);
    case 'promised':
      return invoice.status === 'promised';
    case 'disputed':
      return invoice.status === 'disputed';
    case 'paid':
      return invoice.status === 'paid';
  }
}

/** The invoices in `view` whose number or client contains every word of `query`. */
export function filterInvoices(invoices: InvoiceSummary[], view: DashboardView, query: string, today: string): InvoiceSummary[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return invoices.filter((invoice) => {
    if (!inView(invoice, view, today)) return false;
    const haystack = foldText(`${invoice.number} ${invoice.clientName}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** How many invoices each view holds, for the filter buttons. */
export function viewCounts(invoices: InvoiceSummary[], today: string): Record<DashboardView, number> {
  const counts = Object.fromEntries(DASHBOARD_VIEWS.map((v) => [v, 0])) as Record<DashboardView, number>;
  for (const invoice of invoices) for (const view of DASHBOARD_VIEWS) if (inView(invoice, view, today)) counts[view]++;
  return counts;
}
