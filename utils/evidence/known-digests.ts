import { LatestEntries } from '../state/latest-entries';

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
  return new LatestEntries<string, string>(max);
}
