import { classifyReply } from '../detect/reply';
import type { ReplyReading } from '../detect/second-opinion';
import type { MailMessage } from '../mail/types';
import type { StageId } from '../model/stage';
import type { EventInput } from '../store/relance-store';
import { localDayOf } from '../calendar/today';
import { sha256Hex } from '../evidence/sha256';
import type { InvoiceChange, InvoiceSnapshot } from './mutate-invoice';
import { replyConsequences } from './reply-events';

const EXCERPT_CHARS = 600;
/** Reminders the user wrote by hand before tracking, in order, count as these stages. */
const PRIOR_REMINDER_STAGES: StageId[] = ['reminder1', 'reminder2', 'last-reminder'];

/** The debtor's mails in `messages` that the invoice's timeline does not hold yet. */
export function unreadReplies(snapshot: InvoiceSnapshot, messages: MailMessage[]): MailMessage[] {
  const known = knownMessageIds(snapshot);
  return messages.filter((m) => !known.has(m.id) && isFromDebtor(snapshot, m));
}

function knownMessageIds({ timeline }: InvoiceSnapshot): Set<string> {
  const known = new Set<string>();
  for (const event of timeline) {
    const id = (event.data as { messageId?: string }).messageId;
    if (id) known.add(id);
  }
  return known;
}

function isFromDebtor({ client }: InvoiceSnapshot, message: MailMessage): boolean {
  return client.emailKeys.includes(message.from.email.trim().toLowerCase());
}

/**
 * Records what the thread says that the timeline does not yet hold (matched by message id, so reading a thread
 * twice adds nothing): the debtor's replies with what each means (promise, claimed payment, dispute...), and the
 * reminders the user sent by hand before Relance tracked the invoice. A reply found in `readings` (the on-device
 * model's second opinion, asked before) is recorded as read there; any other is read by the rules.
 */
export async function ingestThread(snapshot: InvoiceSnapshot, messages: MailMessage[], readings?: ReadonlyMap<string, ReplyReading>): Promise<InvoiceChange | undefined> {
  const { invoice, timeline } = snapshot;
  const known = knownMessageIds(snapshot);
  const events: EventInput[] = [];
  let status = invoice.status;
  let priorReminders = timeline.filter((e) => e.kind === 'reminder-sent').length;
  const ordered = [...messages].sort((a, b) => a.date.localeCompare(b.date));
  for (const message of ordered) {
    if (known.has(message.id)) continue;
    const fromDebtor = isFromDebtor(snapshot, message);
    const day = localDayOf(message.date);
    if (!fromDebtor) {
      // Only mails written before tracking: later ones are recorded by the send flow itself (with their exact text).
      if (message.date < invoice.createdAt && day > invoice.issueDate && mentions(message, invoice.number) && priorReminders < PRIOR_REMINDER_STAGES.length) {
        const stage = PRIOR_REMINDER_STAGES[priorReminders++];
        events.push({
          kind: 'reminder-sent',
          occurredOn: day,
          data: { stage, to: message.to, cc: message.cc, subject: message.subject, body: message.text, bodySha256: await sha256Hex(message.text), messageId: message.id, threadId: message.threadId },
        });
      }
      continue;
    }
    const classification = readings?.get(message.id) ?? { ...classifyReply(message.text, message.date), reader: 'rules' as const };
    events.push({
      kind: 'reply-received',
      occurredOn: day,
      data: {
        messageId: message.id,
        from: message.from,
        excerpt: message.text.slice(0, EXCERPT_CHARS),
        kind: classification.kind,
        phrase: classification.phrase,
        promisedDate: classification.promisedDate,
        receivedAt: message.date,
        reader: classification.reader,
      },
    });
    const after = replyConsequences(classification, day, status);
    events.push(...after.events);
    status = after.status;
  }
  if (!events.length) return undefined;
  return { invoice: { ...invoice, status }, events };
}

/** Whether a mail names the invoice number in its subject or body. */
export function mentions(message: MailMessage, number: string): boolean {
  return message.subject.includes(number) || message.text.includes(number);
}
