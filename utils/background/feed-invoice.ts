import { eventMessageId } from '../model/event-ids';
import { localDayOf } from '../calendar/today';
import type { NewEvent } from '../model/event';
import { isOwnServiceNotice } from '../detect/mail-author';
import type { ReplyReading } from '../detect/second-opinion';
import { noticeMatchesInvoice, threadFeedsInvoice, type InvoiceIdentity } from '../mailbox/invoice-match';
import type { MailSighting } from '../model/mail-sighting';
import type { PaymentNoticeView } from '../model/view';
import { ingestThread, unreadReplies, type MessageFacts } from './ingest-thread';
import { mutateInvoice, type InvoiceSnapshot } from './mutate-invoice';
import type { HandlerContext } from './router';

/** What a mail must agree with to be about this invoice. */
export function identityOf({ invoice, client }: Pick<InvoiceSnapshot, 'invoice' | 'client'>): InvoiceIdentity {
  return {
    number: invoice.number,
    total: invoice.total,
    amountDue: invoice.amountDue,
    clientEmails: client.emailKeys,
    clientNames: [client.name, client.company ?? ''].filter(Boolean),
  };
}

/** The remembered threads that belong to the invoice: already linked, or naming it with the debtor taking part. */
function invoiceThreads(snapshot: InvoiceSnapshot, sightings: MailSighting[]): Map<string, MailSighting[]> {
  const byThread = new Map<string, MailSighting[]>();
  for (const s of sightings) byThread.set(s.threadId, [...(byThread.get(s.threadId) ?? []), s]);
  const identity = identityOf(snapshot);
  const own = new Map<string, MailSighting[]>();
  for (const [threadId, group] of byThread) {
    const messages = group.map((s) => s.message);
    const named = [...new Set(group.flatMap((s) => s.numbers))];
    if (snapshot.invoice.threadIds.includes(threadId) || threadFeedsInvoice(messages, named, identity)) own.set(threadId, group);
  }
  return own;
}

/** A service's own reminder about the invoice (Stripe, Pennylane…): noted, so Relance does not send a second one. */
function serviceReminderEvents(snapshot: InvoiceSnapshot, sightings: MailSighting[]): NewEvent[] {
  const known = new Set(snapshot.timeline.map(eventMessageId).filter(Boolean));
  const identity = identityOf(snapshot);
  return (
    sightings
      // Written into the chain without a click: only the service's own notice about the user's invoice.
      .filter((s) => s.notice?.kind === 'service-reminder' && !known.has(s.message.id) && noticeMatchesInvoice(s.notice, s.notice.number ?? '', identity))
      .filter((s) => isOwnServiceNotice(s.message, s.notice!, s.account, snapshot.settings.creditor.name))
      .map((s) => ({
        kind: 'service-reminder',
        occurredOn: localDayOf(s.message.date),
        data: { service: s.notice!.service, subject: s.message.subject, messageId: s.message.id },
      }))
  );
}

/**
 * Feeds the invoice with everything the mail index holds about its number, in date order and once: the threads
 * that belong to it are linked (listed on the invoice), the user's earlier reminders and the debtor's replies there
 * are read, services' reminders noted. Run on tracking, import and every read, so the order of visits does not matter.
 */
export async function feedInvoice(ctx: HandlerContext, invoiceId: string, readings?: ReadonlyMap<string, ReplyReading>): Promise<InvoiceSnapshot> {
  return mutateInvoice(ctx, invoiceId, async (snapshot) => {
    const sightings = await ctx.store.sightingsByNumber(snapshot.invoice.number);
    if (!sightings.length) return undefined;
    const threads = invoiceThreads(snapshot, sightings);
    const mine = [...threads.values()].flat();
    const facts = new Map<string, MessageFacts>(mine.map((s) => [s.message.id, { firstSeenAt: s.firstSeenAt, account: s.account }]));
    // A reply to read waits for the learned reader's file; a thread already read does not.
    if (
      unreadReplies(
        snapshot,
        mine.map((s) => s.message),
      ).length > 0
    )
      await ctx.readersReady?.('reply-kind');
    const read = await ingestThread(
      snapshot,
      mine.map((s) => s.message),
      undefined,
      facts,
      readings,
    );
    const events = [...(read?.events ?? []), ...serviceReminderEvents(snapshot, sightings)];
    const newThreads = [...threads.keys()].filter((id) => !snapshot.invoice.threadIds.includes(id));
    if (!events.length && !newThreads.length) return undefined;
    const invoice = read?.invoice ?? snapshot.invoice;
    return { invoice: { ...invoice, threadIds: [...invoice.threadIds, ...newThreads] }, events };
  });
}

/**
 * Payment notices (bank, Stripe, Qonto…) read at any time that match the invoice and are not yet confirmed:
 * offered to the user ("Confirmer le paiement"), never applied on their own.
 */
export async function paymentOffers(ctx: HandlerContext, snapshot: InvoiceSnapshot): Promise<PaymentNoticeView[]> {
  const { invoice, client, timeline } = snapshot;
  if (invoice.status === 'paid' || invoice.status === 'cancelled') return [];
  const identity = identityOf(snapshot);
  const confirmed = timeline.flatMap((e) => (e.kind === 'payment' ? [String(e.data.method ?? '')] : []));
  const seen = new Set<string>();
  const offers: PaymentNoticeView[] = [];
  for (const s of await ctx.store.sightingsByNumber(invoice.number)) {
    const notice = s.notice;
    if (notice?.kind !== 'payment-received' || seen.has(s.message.id)) continue;
    seen.add(s.message.id);
    if (!noticeMatchesInvoice(notice, notice.number ?? '', identity)) continue;
    if (confirmed.some((method) => method.includes(s.message.id))) continue;
    offers.push({
      invoiceId: invoice.id,
      number: invoice.number,
      clientName: client.name,
      amount: notice.amount ?? invoice.amountDue,
      service: notice.service,
      serviceName: notice.service.charAt(0).toUpperCase() + notice.service.slice(1),
      messageId: s.message.id,
      receivedOn: localDayOf(s.message.date),
    });
  }
  return offers;
}
