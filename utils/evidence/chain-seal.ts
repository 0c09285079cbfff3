import type { Invoice } from '../model/invoice';
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
