/**
 * Digests already computed, by the exact text they digest: the same text always has the same digest, so a digest
 * found here is the one a new computation would give, and an event edited since gives another text and is digested
 * again. The open thread's timeline is verified on every change of the thread (issue 17); only new events cost a digest.
 */
export interface KnownDigests {
  get(input: string): string | undefined;
  set(input: string, digest: string): void;
}

/** The last `max` digests computed. */
export function knownDigests(max: number): KnownDigests {
  const digests = new Map<string, string>();
  return {
    get: (input) => digests.get(input),
    set(input, digest) {
      digests.delete(input);
      digests.set(input, digest);
      if (digests.size > max) digests.delete(digests.keys().next().value!);
    },
  };
}
