import { eventRequestId } from '../../model/event-ids';
import type { TimelineEvent, NewEvent } from '../../model/event';
import { buildInvoiceView } from '../invoice-view';
import { mutateInvoice } from '../mutate-invoice';
import { isReplyConsequence, replyConsequences } from '../reply-events';
import type { Handler, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';

/**
 * The user's reading of a reply Relance misread ("C'est une promesse pour le 15/12", "Ce n'est pas un litige").
 * Nothing is rewritten: a new reply-received event corrects the old one, 'correction' events void what the misreading
 * brought (its promise, dispute, status change), and the new reading brings its own, so the ladder follows it.
 */
export const correctReply: Handler<'reply:correct'> = async ({ invoiceId, eventId, kind, promisedDate, requestId }, ctx) => {
  const today = ctx.today();
  const snapshot = await mutateInvoice(ctx, invoiceId, ({ invoice, timeline }) => {
    if (requestId && timeline.some((e) => eventRequestId(e) === requestId)) return undefined;
    const target = timeline.find((e): e is TimelineEvent<'reply-received'> => e.id === eventId && e.kind === 'reply-received');
    if (!target) throw new UserInputError(`Event ${eventId} is not a reply of this invoice.`, 'not-found');
    if (timeline.some((e) => e.corrects === eventId))
      throw new UserInputError('This reply has already been corrected: correct its latest reading.', 'reply-already-corrected');
    const date = kind === 'promise' ? promisedDate : undefined;
    if (target.data.kind === kind && target.data.promisedDate === date) return undefined;

    const voided = consequencesOf(timeline, target);
    const day = target.occurredOn;
    const reason = `${target.data.kind} → ${kind}${date ? ` ${date}` : ''} (reply ${target.data.messageId})`;
    const events: NewEvent[] = voided.map((e) => ({ kind: 'correction', occurredOn: day, corrects: e.id, data: { reason } }));
    events.push({
      kind: 'reply-received',
      occurredOn: day,
      corrects: target.id,
      data: { ...target.data, kind, promisedDate: date, reader: 'user', ...(requestId ? { requestId } : {}) },
    });
    // The status the misreading replaced comes back, unless something since has changed it again.
    const misreadChange = voided.find((e): e is TimelineEvent<'status-change'> => e.kind === 'status-change');
    const base = misreadChange && misreadChange.data.to === invoice.status ? misreadChange.data.from : invoice.status;
    const after = replyConsequences({ kind, promisedDate: date, phrase: target.data.phrase }, day, base, 'user');
    events.push(...after.events.filter((e) => e.kind !== 'status-change'));
    if (after.status !== invoice.status) {
      events.push({ kind: 'status-change', occurredOn: day, data: { from: invoice.status, to: after.status, reason: `reply:${kind}` } });
    }
    return { invoice: { ...invoice, status: after.status }, events };
  });
  return buildInvoiceView(snapshot, today, ctx);
};

/** The events a reading brought: recorded right after its reply-received event, the same day, by the reply flow. */
function consequencesOf(timeline: TimelineEvent[], reply: TimelineEvent): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const after = timeline.filter((e) => e.seq > reply.seq).sort((a, b) => a.seq - b.seq);
  for (const event of after) {
    // A correcting reading is preceded by its own 'correction' events, never followed by them.
    if (event.occurredOn !== reply.occurredOn || !isReplyConsequence(event)) break;
    out.push(event);
  }
  return out.filter((e) => !timeline.some((c) => c.corrects === e.id));
}

export const replyHandlers = {
  'reply:correct': correctReply,
} satisfies HandlersIn<'reply'>;
