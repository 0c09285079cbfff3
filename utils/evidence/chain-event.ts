import type { EventKind, NewEvent, TimelineEvent } from '../model/event';
import { eventHash } from './event-hash';

/** What the store knows about an event before it is numbered and chained. */
export type EventDraft<K extends EventKind = EventKind> = NewEvent<K> & { id: string; invoiceId: string; recordedAt: string };

/** Numbers `draft` after `prev` (the last event of the same invoice, or undefined for the first) and seals it with its hash. */
export async function chainEvent<K extends EventKind>(prev: TimelineEvent | undefined, draft: EventDraft<K>): Promise<TimelineEvent<K>> {
  if (prev && prev.invoiceId !== draft.invoiceId) {
    throw new Error(`chainEvent: event ${draft.id} of invoice ${draft.invoiceId} cannot follow an event of invoice ${prev.invoiceId}`);
  }
  const unsealed = {
    id: draft.id,
    invoiceId: draft.invoiceId,
    seq: prev ? prev.seq + 1 : 0,
    kind: draft.kind,
    // A copy: a caller that later mutates its draft must not silently break the sealed event.
    data: structuredClone(draft.data),
    recordedAt: draft.recordedAt,
    occurredOn: draft.occurredOn,
    prevHash: prev ? prev.hash : '',
    // Left out rather than undefined so the stored object and the hashed form match key for key.
    ...(draft.corrects !== undefined ? { corrects: draft.corrects } : {}),
  };
  return { ...unsealed, hash: await eventHash(unsealed) };
}
