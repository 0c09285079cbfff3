import type { TimelineEvent } from '../model/event';

/** Events in the order things happened: by day, then by recording time, then by chain position. */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => compare(a.occurredOn, b.occurredOn) || compare(a.recordedAt, b.recordedAt) || compare(a.invoiceId, b.invoiceId) || a.seq - b.seq,
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
