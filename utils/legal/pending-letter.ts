import type { ShownEvent } from '../model/shown-event';
import { lettersToFollow } from './letter-tracking-events';

export interface PendingLetter {
  trackingNumber: string;
  sentOn: string;
  lastStatus?: ShownEvent<'letter-status'>['data'];
}

/** The registered letter waiting for its acknowledgement (the last one sent with a number), with its latest tracking status. */
export function pendingLetter(timeline: readonly ShownEvent[]): PendingLetter | undefined {
  const open = new Set(lettersToFollow(timeline));
  const sent = timeline.filter((e): e is ShownEvent<'letter-sent'> => e.kind === 'letter-sent' && open.has(e.data.trackingNumber ?? ''));
  const last = sent[sent.length - 1];
  if (!last) return undefined;
  const statuses = timeline.filter((e): e is ShownEvent<'letter-status'> => e.kind === 'letter-status');
  const lastStatus = statuses[statuses.length - 1]?.data;
  return { trackingNumber: last.data.trackingNumber!, sentOn: last.data.sentOn, ...(lastStatus ? { lastStatus } : {}) };
}
