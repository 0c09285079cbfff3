import { eventMessageId } from '../model/event-ids';
import { classifyReply } from '../detect/reply';
import type { ReplyReading } from '../detect/second-opinion';
import { classifyServiceNotice } from '../detect/service-notice';
import { isRelanceText, writtenBeforeTracking } from '../mailbox/written-before-tracking';
import type { TimelineEvent, NewEvent } from '../model/event';
import type { MailMessage } from '../mail/types';
import type { StageId } from '../model/stage';
import { localDayOf, readableDayOf } from '../calendar/today';
import { sha256Hex } from '../evidence/sha256';
import { isOwnReminderToDebtor } from '../detect/mail-author';
import type { InvoiceChange, InvoiceSnapshot } from './mutate-invoice';
import { replyConsequences } from './reply-events';
import { compareCodeUnits } from '../model/compare-code-units';

const EXCERPT_CHARS = 600;
/** Reminders the user wrote by hand before tracking, in order, count as these stages. */
const PRIOR_REMINDER_STAGES: StageId[] = ['reminder1', 'reminder2', 'last-reminder'];

/** The debtor's mails in `messages` that the invoice's timeline does not hold yet. */
export function unreadReplies(snapshot: InvoiceSnapshot, messages: MailMessage[]): MailMessage[] {
  const known = knownMessageIds(snapshot);
  const debtor = debtorKeys(snapshot.client.emailKeys);
  return messages.filter((m) => !known.has(m.id) && isFrom(m, debtor));
}

function knownMessageIds({ timeline }: InvoiceSnapshot): Set<string> {
  const known = new Set<string>();
  for (const event of timeline) {
    const id = eventMessageId(event);
    if (id) known.add(id);
  }
  return known;
}

/** What the mail index knows of a message beyond its text: when Relance first read it, and the account then. */
export interface MessageFacts {
  firstSeenAt?: string;
  account?: string;
}

/**
 * Records what the invoice's threads say that the timeline does not yet hold (matched by message id, so reading a
 * thread twice adds nothing): the debtor's replies with what each means (promise, claimed payment, dispute...), and
 * the reminders the user sent by hand before Relance tracked the invoice. A reply found in `readings` (the on-device
 * model's second opinion, asked before) is recorded as read there; any other is read by the rules.
 */
export async function ingestThread(
  snapshot: InvoiceSnapshot,
  messages: MailMessage[],
  account: string | undefined,
  facts: ReadonlyMap<string, MessageFacts> = new Map(),
  readings?: ReadonlyMap<string, ReplyReading>,
): Promise<InvoiceChange | undefined> {
  const { invoice, client, timeline } = snapshot;
  const known = knownMessageIds(snapshot);
  const debtorEmails = debtorKeys(client.emailKeys);
  const relanceBodies = sentFlowBodies(timeline);
  const events: NewEvent[] = [];
  let status = invoice.status;
  let priorReminders = timeline.filter((e) => e.kind === 'reminder-sent').length;
  const ordered = [...messages].sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || compareCodeUnits(a.id, b.id));
  for (const message of ordered) {
    // A mail whose date the webmail gave unreadable is left for a later reading: evidence is dated by it.
    const day = readableDayOf(message.date);
    if (known.has(message.id) || !day) continue;
    known.add(message.id);
    const fromDebtor = isFrom(message, debtorEmails);
    if (!fromDebtor) {
      // Only the user's own mails to the debtor written before tracking: later ones are recorded by the send flow
      // itself (with their exact text); a stranger naming the number or an accountant in copy is no reminder.
      const ownReminder = isOwnReminderToDebtor(message, account ?? facts.get(message.id)?.account, debtorEmails);
      if (ownReminder && priorReminders < PRIOR_REMINDER_STAGES.length && isPriorReminder(snapshot, message, facts.get(message.id), relanceBodies)) {
        const stage = PRIOR_REMINDER_STAGES[priorReminders++];
        events.push({
          kind: 'reminder-sent',
          occurredOn: day,
          data: {
            stage,
            to: message.to,
            cc: message.cc,
            subject: message.subject,
            body: message.text,
            bodySha256: await sha256Hex(message.text),
            messageId: message.id,
            threadId: message.threadId,
          },
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

/**
 * A reminder the user wrote by hand before tracking. Mails sent after tracking are recorded by the send flow itself
 * (with their exact text), so a mail Relance filled, or one not provably older than tracking, is never one.
 */
function isPriorReminder(snapshot: InvoiceSnapshot, message: MailMessage, facts: MessageFacts | undefined, relanceBodies: string[]): boolean {
  const { invoice } = snapshot;
  return (
    fromTheUser(message, facts?.account) &&
    localDayOf(message.date) > invoice.issueDate &&
    mentions(message, invoice.number) &&
    writtenBeforeTracking(message, invoice.createdAt, facts?.firstSeenAt) &&
    !isRelanceText(message, relanceBodies)
  );
}

/** The signed-in account's own mail when the account is known; otherwise any mail that is not a service's notice. */
function fromTheUser(message: MailMessage, account: string | undefined): boolean {
  if (account) return message.from.email.trim().toLowerCase() === account.trim().toLowerCase();
  return !classifyServiceNotice(message);
}

/** The texts Relance put into composes for this invoice (inserted, or sent through the send flow). */
function sentFlowBodies(timeline: TimelineEvent[]): string[] {
  return timeline.flatMap((e) => (e.kind === 'reminder-inserted' || (e.kind === 'reminder-sent' && !e.data.messageId) ? [e.data.body] : []));
}

/** Whether a mail names the invoice number in its subject or body. */
export function mentions(message: MailMessage, number: string): boolean {
  return message.subject.includes(number) || message.text.includes(number);
}

/** The debtor's addresses as a mail's sender is matched against them: an empty one (none on record) matches nobody. */
const debtorKeys = (emailKeys: readonly string[]): ReadonlySet<string> => new Set(emailKeys.filter(Boolean));

/** Written by one of `debtor`'s addresses: a mail whose sender the webmail did not show is nobody's. */
const isFrom = (message: MailMessage, debtor: ReadonlySet<string>) => debtor.has(message.from.email.trim().toLowerCase());
