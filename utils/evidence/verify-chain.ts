import type { TimelineEvent } from '../model/event';
import { eventHash } from './event-hash';

export type ChainVerification =
  | { intact: true; count: number }
  | { intact: false; brokenAt: number; eventId: string; reason: 'hash' | 'link' | 'seq' };

/**
 * Checks one invoice's events, given in chain order (seq 0, 1, 2...), and names the first broken one:
 * 'hash' = the event was edited, 'seq' = an event is missing, duplicated or reordered,
 * 'link' = its prevHash is not the previous event's hash (or it belongs to another invoice).
 */
export async function verifyChain(events: TimelineEvent[]): Promise<ChainVerification> {
  // Hash everything at once: the digests run in parallel and dominate the cost.
  const hashes = await Promise.all(events.map((event) => eventHash(event)));
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const broken = (reason: 'hash' | 'link' | 'seq'): ChainVerification => ({ intact: false, brokenAt: index, eventId: event.id, reason });
    if (hashes[index] !== event.hash) return broken('hash');
    if (event.seq !== index) return broken('seq');
    const expectedPrev = index === 0 ? '' : events[index - 1].hash;
    if (event.prevHash !== expectedPrev || event.invoiceId !== events[0].invoiceId) return broken('link');
  }
  return { intact: true, count: events.length };
}

/** Splits events of many invoices into chains (sorted by seq) and verifies each; keys are invoice ids. */
export async function verifyChainsByInvoice(events: TimelineEvent[]): Promise<Map<string, ChainVerification>> {
  const chains = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const chain = chains.get(event.invoiceId);
    if (chain) chain.push(event);
    else chains.set(event.invoiceId, [event]);
  }
  const results = new Map<string, ChainVerification>();
  for (const [invoiceId, chain] of chains) {
    chain.sort((a, b) => a.seq - b.seq);
    results.set(invoiceId, await verifyChain(chain));
  }
  return results;
}
