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
