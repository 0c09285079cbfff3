import type { TimelineEvent } from '../model/event';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** The hash an event must carry: SHA-256 over the canonical JSON of every field but `hash` itself (prevHash included, which chains it). */
export function eventHash(event: Omit<TimelineEvent, 'hash'> & { hash?: string }): Promise<string> {
  return sha256Hex(eventHashInput(event));
}

/** The text eventHash digests: a reader can keep it (and drop the event) while the digest waits its turn. */
export function eventHashInput(event: Omit<TimelineEvent, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...hashed } = event;
  return canonicalJson(hashed);
}
