import type { TimelineEvent } from '../model/event';
import { eventHash, eventHashInput } from './event-hash';
import type { KnownDigests } from './known-digests';
import { sha256Hex } from './sha256';

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

async function recomputeHashes(events: readonly TimelineEvent[], known?: KnownDigests): Promise<string[]> {
  const hashes: string[] = new Array(events.length);
  const digest = known
    ? async (event: TimelineEvent) => {
        const input = eventHashInput(event);
        let hash = known.get(input);
        if (hash === undefined) known.set(input, (hash = await sha256Hex(input)));
        return hash;
      }
    : eventHash;
  for (let start = 0; start < events.length; start += BATCH) {
    const batch = await Promise.all(events.slice(start, start + BATCH).map(digest));
    for (let i = 0; i < batch.length; i++) hashes[start + i] = batch[i];
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
 * `known`: digests already computed (utils/evidence/known-digests.ts), kept up to date.
 */
export async function verifyChain(events: readonly TimelineEvent[], seal?: ChainSeal, known?: KnownDigests): Promise<ChainVerification> {
  return checkChain(events, await recomputeHashes(events, known), seal);
}

/**
 * Splits events of many invoices into chains (sorted by seq) and verifies each; keys are invoice ids.
 * With `seals`, an invoice whose events are all gone is reported too. Chains are hashed a batch of chains at a time and
 * their digests dropped once checked: 200 000 events never hold 200 000 digests at once. `onBatch` hears how many events
 * are hashed.
 */
export async function verifyChainsByInvoice(
  events: readonly TimelineEvent[],
  seals?: ReadonlyMap<string, ChainSeal>,
  onBatch?: (done: number, total: number) => void,
): Promise<Map<string, ChainVerification>> {
  const chains = new Map<string, number[]>();
  events.forEach((event, index) => {
    const chain = chains.get(event.invoiceId);
    if (chain) chain.push(index);
    else chains.set(event.invoiceId, [index]);
  });
  const results = new Map<string, ChainVerification>();
  let batch: Array<[string, TimelineEvent[]]> = [];
  let batchEvents = 0;
  let hashedEvents = 0;
  const flush = async () => {
    const hashed = await Promise.all(batch.map(([, chain]) => recomputeHashes(chain)));
    for (const [i, [invoiceId, chain]] of batch.entries()) results.set(invoiceId, checkChain(chain, hashed[i], seals?.get(invoiceId)));
    hashedEvents += batchEvents;
    if (batch.length) onBatch?.(hashedEvents, events.length);
    batch = [];
    batchEvents = 0;
  };
  for (const [invoiceId, indices] of chains) {
    const chain = indices.map((index) => events[index]).sort((a, b) => a.seq - b.seq);
    batch.push([invoiceId, chain]);
    batchEvents += chain.length;
    if (batchEvents >= BATCH) await flush();
  }
  await flush();
  for (const [invoiceId, seal] of seals ?? []) {
    if (!chains.has(invoiceId)) results.set(invoiceId, checkChain([], [], seal));
  }
  return results;
}
