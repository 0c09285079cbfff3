import type { Invoice } from './invoice';

/**
 * The invoice as the panels show it, without what every write changes (revision, chain head, event count, time): a new
 * event then leaves the invoice the same object in the sidebar, and what shows only the invoice is not rendered again
 * (issue 17). Writes go by invoice id; the store checks revisions on its own.
 */
export type ShownInvoice = Omit<Invoice, 'rev' | 'updatedAt' | 'chainHead' | 'eventCount'>;

export function shownInvoice(invoice: Invoice): ShownInvoice {
  const { rev: _rev, updatedAt: _updatedAt, chainHead: _chainHead, eventCount: _eventCount, ...shown } = invoice;
  return shown;
}
