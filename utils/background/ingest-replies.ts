import { classifyReply } from '../detect/reply';
import type { MailMessage } from '../mail/types';
import type { InvoiceStatus } from '../model/invoice';
import type { EventInput } from '../store/relance-store';
import { localDayOf } from '../calendar/today';
import type { InvoiceChange, InvoiceSnapshot } from './mutate-invoice';

const EXCERPT_CHARS = 600;

/** What a classified reply does to the invoice's status (DESIGN.md: the ladder moves with the debtor's replies). */
const STATUS_AFTER: Partial<Record<string, InvoiceStatus>> = { promise: 'promised', paid: 'payment-claimed', dispute: 'disputed' };

/**
 * Records the debtor's replies not yet in the timeline (matched by message id, so reading a thread twice adds nothing),
 * with what each one means: a promise, a claimed payment, a dispute.
 */
export function ingestReplies(snapshot: InvoiceSnapshot, messages: MailMessage[]): InvoiceChange | undefined {
  const { invoice, client, timeline } = snapshot;
  const known = new Set<string>();
  for (const event of timeline) {
    const id = (event.data as { messageId?: string }).messageId;
    if (id) known.add(id);
  }
  const debtorEmails = new Set(client.emailKeys);
  const events: EventInput[] = [];
  let status = invoice.status;
  const ordered = [...messages].sort((a, b) => a.date.localeCompare(b.date));
  for (const message of ordered) {
    if (known.has(message.id) || !debtorEmails.has(message.from.email.trim().toLowerCase())) continue;
    const classification = classifyReply(message.text, message.date);
    const receivedOn = localDayOf(message.date);
    events.push({
      kind: 'reply-received',
      occurredOn: receivedOn,
      data: {
        messageId: message.id,
        from: message.from,
        excerpt: message.text.slice(0, EXCERPT_CHARS),
        kind: classification.kind,
        phrase: classification.phrase,
        promisedDate: classification.promisedDate,
        receivedAt: message.date,
      },
    });
    if (classification.kind === 'promise') events.push({ kind: 'promise', occurredOn: receivedOn, data: { promisedDate: classification.promisedDate, source: 'reply' } });
    if (classification.kind === 'dispute') events.push({ kind: 'dispute', occurredOn: receivedOn, data: { reason: classification.phrase } });
    const next = STATUS_AFTER[classification.kind];
    if (next && next !== status && status !== 'paid' && status !== 'cancelled') {
      events.push({ kind: 'status-change', occurredOn: receivedOn, data: { from: status, to: next, reason: `reply:${classification.kind}` } });
      status = next;
    }
  }
  if (!events.length) return undefined;
  return { invoice: { ...invoice, status }, events };
}

