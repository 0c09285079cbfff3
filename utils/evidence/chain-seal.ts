import type { Invoice } from '../model/invoice';
import type { TimelineEvent } from '../model/event';
import type { ChainSeal } from './verify-chain';

/** The seal an invoice record carries over its timeline, or undefined for a record written before seals existed. */
export function chainSealOf(invoice: Pick<Invoice, 'chainHead' | 'eventCount'>): ChainSeal | undefined {
  return invoice.chainHead === undefined || invoice.eventCount === undefined ? undefined : { head: invoice.chainHead, count: invoice.eventCount };
}

/** Seals of many invoices, by id, for `verifyChainsByInvoice`. */
export function chainSealsOf(invoices: ReadonlyArray<Pick<Invoice, 'id' | 'chainHead' | 'eventCount'>>): Map<string, ChainSeal> {
  const seals = new Map<string, ChainSeal>();
  for (const invoice of invoices) {
    const seal = chainSealOf(invoice);
    if (seal) seals.set(invoice.id, seal);
  }
  return seals;
}

/**
 * What an export states as the end of an invoice's chain: the seal its record carries, which events missing from the
 * store cannot shorten; for a record written before seals, the last of the events at hand.
 */
export function chainEndOf(invoice: Pick<Invoice, 'id' | 'chainHead' | 'eventCount'>, events: readonly TimelineEvent[]): ChainSeal {
  const seal = chainSealOf(invoice);
  if (seal) return seal;
  const own = events.filter((e) => e.invoiceId === invoice.id);
  const last = own.reduce<TimelineEvent | undefined>((head, e) => (!head || e.seq > head.seq ? e : head), undefined);
  return { head: last?.hash ?? '', count: own.length };
}
