import { sha256Hex } from './sha256';

/**
 * Texts waiting for their SHA-256, kept as UTF-8 one after the other in a single buffer: a reader that hashes
 * thousands of events per piece of a file holds them as a few bytes each, not as strings (or a buffer each) that live
 * long enough to be promoted to the old heap and stay there until its next full collection.
 */
export function createDigestBatch() {
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1 << 16);
  let used = 0;
  const ends: number[] = [];

  const clear = () => {
    ends.length = 0;
    used = 0;
  };

  return {
    add(text: string): void {
      // UTF-8 takes at most 3 bytes a UTF-16 unit.
      if (used + text.length * 3 > bytes.length) {
        const wider = new Uint8Array(Math.max(bytes.length * 2, used + text.length * 3));
        wider.set(bytes.subarray(0, used));
        bytes = wider;
      }
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
      ends.push(used);
    },

    get size(): number {
      return ends.length;
    },

    /** The digests of every text added since the last call, in order; the batch is empty again. */
    digestAll(): Promise<string[]> {
      // Web Crypto copies each view when called, so the buffer can take the next texts at once.
      const digests = Promise.all(ends.map((end, i) => sha256Hex(bytes.subarray(i ? ends[i - 1] : 0, end))));
      clear();
      return digests;
    },

    clear,
  };
}
