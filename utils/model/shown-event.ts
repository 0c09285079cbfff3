import type { EventKind, EventPayloads, TimelineEvent } from './event';

/**
 * A timeline event as the panel shows it: without the reminder's body (kilobytes each, never shown there, and sent to
 * the page on every change of an open thread) nor the previous event's hash. The store and every export keep the whole
 * event; the chain is verified there.
 */
export type ShownEvent<K extends EventKind = EventKind> = {
  [P in K]: Omit<TimelineEvent<P>, 'prevHash' | 'data'> & { data: Omit<EventPayloads[P], 'body'> };
}[K];

export function shownEvent(event: TimelineEvent): ShownEvent {
  const { prevHash: _, data, ...fields } = event;
  if (!('body' in data)) return { ...fields, data } as ShownEvent;
  const { body: __, ...shown } = data;
  return { ...fields, data: shown } as ShownEvent;
}

/** What a shown event holds, in one key: its hash digests all of it, so two events with the same id and hash are the same. */
export function shownEventKey(value: object): string | undefined {
  const { id, hash } = value as { id?: unknown; hash?: unknown };
  return typeof id === 'string' && typeof hash === 'string' ? `${id}#${hash}` : undefined;
}
