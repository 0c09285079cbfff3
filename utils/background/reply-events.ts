/** The timeline events a debtor's reply brings besides itself: a promise, a dispute, the invoice's new status. */
import type { NewEvent, TimelineEvent } from '../model/event';
import type { ReplyKind } from '../detect/reply-kind';
import type { InvoiceStatus } from '../model/invoice';

/** What a reply of each kind does to the invoice's status (DESIGN.md: the ladder moves with the debtor's replies). */
export const STATUS_AFTER: Partial<Record<ReplyKind, InvoiceStatus>> = { promise: 'promised', paid: 'payment-claimed', dispute: 'disputed' };

/** Why a status change was made by a reply: the marker `isReplyConsequence` looks for. */
const REPLY_REASON = 'reply:';

export interface ReplyReadingFacts {
  kind: ReplyKind;
  promisedDate?: string;
  phrase?: string;
}

/** The events following a reply read as `reading` on `day`, and the status it leaves; `source` says who read it. */
export function replyConsequences(
  reading: ReplyReadingFacts,
  day: string,
  status: InvoiceStatus,
  source: 'reply' | 'user' = 'reply',
): { events: NewEvent[]; status: InvoiceStatus } {
  const events: NewEvent[] = [];
  if (reading.kind === 'promise') events.push({ kind: 'promise', occurredOn: day, data: { promisedDate: reading.promisedDate, source } });
  if (reading.kind === 'dispute') events.push({ kind: 'dispute', occurredOn: day, data: { reason: reading.phrase } });
  const next = STATUS_AFTER[reading.kind];
  if (next && next !== status && status !== 'paid' && status !== 'cancelled') {
    events.push({ kind: 'status-change', occurredOn: day, data: { from: status, to: next, reason: `${REPLY_REASON}${reading.kind}` } });
    return { events, status: next };
  }
  return { events, status };
}

/** Whether an event is one `replyConsequences` writes (so a correction of the reply can void it). */
export function isReplyConsequence(event: TimelineEvent): boolean {
  return (
    (event.kind === 'promise' && (event.data.source === 'reply' || event.data.source === 'user')) ||
    event.kind === 'dispute' ||
    (event.kind === 'status-change' && typeof event.data.reason === 'string' && event.data.reason.startsWith(REPLY_REASON))
  );
}
