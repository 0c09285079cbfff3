import type { TimelineEvent } from '../model/event';
import type { ChainSeal, ChainVerification } from './verify-chain';

const DIGEST_BYTES = 32;

function hexToBytes(hex: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < DIGEST_BYTES; i++) into[at + i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
}

function sameDigest(a: Uint8Array, at: number, b: Uint8Array, bt: number): boolean {
  for (let i = 0; i < DIGEST_BYTES; i++) if (a[at + i] !== b[bt + i]) return false;
  return true;
}

function bytesToHex(bytes: Uint8Array, at: number): string {
  let hex = '';
  for (let i = 0; i < DIGEST_BYTES; i++) hex += bytes[at + i].toString(16).padStart(2, '0');
  return hex;
}

/**
 * What a chain check needs of each event of a backup, kept compactly (~80 bytes an event, digests as bytes) as the
 * events stream by in the file's order, which is not the chains' order (a backup lists events by id). `verify` then
 * checks every chain as `verifyChainsByInvoice` does, with the same verdicts, without the events themselves. It is
 * also where a restore takes each event's digests back from (`digestsOf`): the records log keeps events without them.
 */
export function createChainLedger() {
  const invoiceRefs = new Map<string, number>();
  const invoiceIds: string[] = [];
  let capacity = 1024;
  let count = 0;
  let refs = new Uint32Array(capacity);
  let seqs = new Float64Array(capacity);
  let hashes = new Uint8Array(capacity * DIGEST_BYTES);
  let prevs = new Uint8Array(capacity * DIGEST_BYTES);
  // 1: its hash is what its content hashes to; 2: it is the first of its chain (prevHash '').
  let flags = new Uint8Array(capacity);
  const eventIds: string[] = [];
  const scratch = new Uint8Array(DIGEST_BYTES);
  let order: Uint32Array | undefined;
  let chainStart: Uint32Array | undefined;
  let chainLength: Uint32Array | undefined;

  const grow = (to = capacity * 2) => {
    capacity = to;
    const widen = <T extends Uint8Array | Uint32Array | Float64Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(capacity * per);
      next.set(old);
      return next;
    };
    refs = widen(refs, (n) => new Uint32Array(n));
    seqs = widen(seqs, (n) => new Float64Array(n));
    hashes = widen(hashes, (n) => new Uint8Array(n), DIGEST_BYTES);
    prevs = widen(prevs, (n) => new Uint8Array(n), DIGEST_BYTES);
    flags = widen(flags, (n) => new Uint8Array(n));
  };

  const digestOf = (ordinal: number) => bytesToHex(hashes, ordinal * DIGEST_BYTES);

  return {
    /**
     * Room for `events` in all, when the reader knows how many to expect: doubling as they come would end a backup of
     * 200 000 events with room for 262 144, after holding the old arrays and the new ones side by side.
     */
    reserve(events: number): void {
      if (events > capacity) grow(events);
    },

    /** One event as read (already valid against its schema); its number in the ledger, to give `hashed` its digest. */
    add(event: TimelineEvent): number {
      if (count === capacity) grow();
      let ref = invoiceRefs.get(event.invoiceId);
      if (ref === undefined) {
        ref = invoiceIds.length;
        invoiceRefs.set(event.invoiceId, ref);
        invoiceIds.push(event.invoiceId);
      }
      refs[count] = ref;
      seqs[count] = event.seq;
      hexToBytes(event.hash, hashes, count * DIGEST_BYTES);
      if (event.prevHash) hexToBytes(event.prevHash, prevs, count * DIGEST_BYTES);
      flags[count] = event.prevHash === '' ? 2 : 0;
      eventIds.push(event.id);
      return count++;
    },

    /** The digest event `ordinal`'s content hashes to: its chain verifies only if this is the hash it carries. */
    hashed(ordinal: number, computedHash: string): void {
      hexToBytes(computedHash, scratch, 0);
      if (sameDigest(scratch, 0, hashes, ordinal * DIGEST_BYTES)) flags[ordinal] |= 1;
    },

    /** The first event, in the file's order, whose invoice is not among `known`. */
    firstOrphan(known: ReadonlySet<string>): { eventId: string; invoiceId: string } | undefined {
      for (let i = 0; i < count; i++) {
        const invoiceId = invoiceIds[refs[i]];
        if (!known.has(invoiceId)) return { eventId: eventIds[i], invoiceId };
      }
      return undefined;
    },

    /** Every chain checked against its invoice's seal, in the order their invoices first appear, then the seals with no events. */
    verify(seals: ReadonlyMap<string, ChainSeal>): Map<string, ChainVerification> {
      const sorted = new Uint32Array(count);
      for (let i = 0; i < count; i++) sorted[i] = i;
      sorted.sort((a, b) => refs[a] - refs[b] || seqs[a] - seqs[b] || a - b);
      order = sorted;
      chainStart = new Uint32Array(invoiceIds.length);
      chainLength = new Uint32Array(invoiceIds.length);
      for (let i = count - 1; i >= 0; i--) {
        chainStart[refs[sorted[i]]] = i;
        chainLength[refs[sorted[i]]]++;
      }
      const results = new Map<string, ChainVerification>();
      for (let ref = 0; ref < invoiceIds.length; ref++) {
        results.set(invoiceIds[ref], checkChain(ref));
      }
      for (const [invoiceId, seal] of seals) {
        if (!invoiceRefs.has(invoiceId) && (seal.count !== 0 || seal.head !== '')) {
          results.set(invoiceId, { intact: false, brokenAt: 0, eventId: '', reason: 'truncated' });
        } else if (!invoiceRefs.has(invoiceId)) results.set(invoiceId, { intact: true, count: 0 });
      }
      return results;

      function checkChain(ref: number): ChainVerification {
        const start = chainStart![ref];
        const length = chainLength![ref];
        for (let index = 0; index < length; index++) {
          const event = sorted[start + index];
          const broken = (reason: 'hash' | 'link' | 'seq'): ChainVerification => ({ intact: false, brokenAt: index, eventId: eventIds[event], reason });
          if (!(flags[event] & 1)) return broken('hash');
          if (seqs[event] !== index) return broken('seq');
          const linked =
            index === 0
              ? (flags[event] & 2) !== 0
              : !(flags[event] & 2) && sameDigest(prevs, event * DIGEST_BYTES, hashes, sorted[start + index - 1] * DIGEST_BYTES);
          if (!linked) return broken('link');
        }
        const seal = seals.get(invoiceIds[ref]);
        const last = sorted[start + length - 1];
        if (seal && (seal.count !== length || seal.head !== digestOf(last))) {
          return { intact: false, brokenAt: length, eventId: eventIds[last], reason: 'truncated' };
        }
        return { intact: true, count: length };
      }
    },

    /** The two digests event `ordinal` carried, as the file wrote them (lower-case hex, '' before a chain's first). */
    digestsOf(ordinal: number): { prevHash: string; hash: string } {
      return { prevHash: flags[ordinal] & 2 ? '' : bytesToHex(prevs, ordinal * DIGEST_BYTES), hash: digestOf(ordinal) };
    },

    /** After `verify`: the digest of an invoice's event at `seq`, to compare a backup with the timeline this browser holds. */
    hashAt(invoiceId: string, seq: number): string | undefined {
      const ref = invoiceRefs.get(invoiceId);
      if (ref === undefined || !order || seq < 0 || seq >= chainLength![ref]) return undefined;
      const ordinal = order[chainStart![ref] + seq];
      return seqs[ordinal] === seq ? digestOf(ordinal) : undefined;
    },

    get size(): number {
      return count;
    },
  };
}

export type ChainLedger = ReturnType<typeof createChainLedger>;
