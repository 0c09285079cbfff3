import type { TimelineEvent } from '../model/event';
import { eventHash } from './event-hash';

export type ChainVerification =
  | { intact: true; count: number }
  | { intact: false; brokenAt: number; eventId: string; reason: 'hash' | 'link' | 'seq' | 'truncated' };

/**
 * What the invoice record says its chain ends with (utils/model/invoice.ts `chainHead`, `eventCount`): a chain whose
 * last events were dropped still links up, only this seal tells.
 */
export interface ChainSeal {
  head: string;
  count: number;
}

// Digests run in parallel on Web Crypto's worker threads; batches bound the pending promises and strings.
const BATCH = 2048;

async function recomputeHashes(events: readonly TimelineEvent[], onBatch?: (done: number, total: number) => void): Promise<string[]> {
  const hashes: string[] = new Array(events.length);
  for (let start = 0; start < events.length; start += BATCH) {
    const batch = await Promise.all(events.slice(start, start + BATCH).map((event) => eventHash(event)));
    for (let i = 0; i < batch.length; i++) hashes[start + i] = batch[i];
    onBatch?.(start + batch.length, events.length);
  }
  return hashes;
}

function checkChain(events: readonly TimelineEvent[], hashes: readonly string[], seal?: ChainSeal): ChainVerification {
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const broken = (reason: 'hash' | 'link' | 'seq'): ChainVerification => ({ intact: false, brokenAt: index, eventId: event.id, reason });
    if (hashes[index] !== event.hash) return broken('hash');
    if (event.seq !== index) return broken('seq');
    const expectedPrev = index === 0 ? '' : events[index - 1].hash;
    if (event.prevHash !== expectedPrev || event.invoiceId !== events[0].invoiceId) return broken('link');
  }
  const head = events.length ? events[events.length - 1].hash : '';
  if (seal && (seal.count !== events.length || seal.head !== head)) {
    return { intact: false, brokenAt: events.length, eventId: events[events.length - 1]?.id ?? '', reason: 'truncated' };
  }
  return { intact: true, count: events.length };
}

/**
 * Checks one invoice's events, given in chain order (seq 0, 1, 2...), and names the first broken one:
 * 'hash' = the event was edited, 'seq' = an event is missing, duplicated or reordered,
 * 'link' = its prevHash is not the previous event's hash (or it belongs to another invoice),
 * 'truncated' = the chain holds up but does not end where `seal` says (events dropped at the end, or added).
 */
export async function verifyChain(events: readonly TimelineEvent[], seal?: ChainSeal): Promise<ChainVerification> {
  return checkChain(events, await recomputeHashes(events), seal);
}

/**
 * Splits events of many invoices into chains (sorted by seq) and verifies each; keys are invoice ids.
 * With `seals`, an invoice whose events are all gone is reported too. `onBatch` hears how many events are hashed.
 */
export async function verifyChainsByInvoice(events: readonly TimelineEvent[], seals?: ReadonlyMap<string, ChainSeal>, onBatch?: (done: number, total: number) => void): Promise<Map<string, ChainVerification>> {
  const hashes = await recomputeHashes(events, onBatch);
  const chains = new Map<string, Array<{ event: TimelineEvent; hash: string }>>();
  events.forEach((event, index) => {
    const entry = { event, hash: hashes[index] };
    const chain = chains.get(event.invoiceId);
    if (chain) chain.push(entry);
    else chains.set(event.invoiceId, [entry]);
  });
  const results = new Map<string, ChainVerification>();
  for (const [invoiceId, chain] of chains) {
    chain.sort((a, b) => a.event.seq - b.event.seq);
    results.set(invoiceId, checkChain(chain.map((c) => c.event), chain.map((c) => c.hash), seals?.get(invoiceId)));
  }
  for (const [invoiceId, seal] of seals ?? []) {
    if (!chains.has(invoiceId)) results.set(invoiceId, checkChain([], [], seal));
  }
  return results;
}
