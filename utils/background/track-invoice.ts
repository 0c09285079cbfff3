import type { MailAddress, MailMessage } from '../mail/types';
import type { NewEvent } from '../model/event';
import type { DebtorKind } from '../model/client';
import type { Invoice, InvoiceSource } from '../model/invoice';
import { deriveInvoice } from './derive-invoice';
import { feedInvoice } from './feed-invoice';
import { mutateInvoice, type InvoiceSnapshot } from './mutate-invoice';
import { newClient, newInvoice, trackedEventData, type NewInvoiceFields } from './new-invoice';
import type { HandlerContext } from './router';
import { languageLearned, learnClientLanguage } from './learn-client-language';
import { readInvoice } from './mutate-invoice';

export interface TrackRequest {
  fields: NewInvoiceFields;
  debtor: MailAddress;
  debtorKind: DebtorKind;
  /** From an e-invoice: lets the registry check the debtor later. */
  debtorSiren?: string;
  source: InvoiceSource;
  messageId?: string;
  /** The thread it was found in: the client's language is learned from it as tracking writes the client. */
  messages?: MailMessage[];
}

/**
 * Starts tracking an invoice, or merges into the one already tracked with the same number for the same client
 * (one invoice, every source noted), so tracking twice or from two tabs never doubles it. Either way the invoice is
 * then fed with what the mailbox already showed about its number (earlier reminders, replies, notices).
 */
export async function trackInvoice(ctx: HandlerContext, request: TrackRequest): Promise<InvoiceSnapshot> {
  return feedInvoice(ctx, (await startTracking(ctx, request)).invoice.id);
}

/**
 * Tracking without the feed, which the caller owes the invoice (a thread view does it after answering). A new
 * invoice's snapshot is what was written, not read back: a cold first visit waits for no read after its write.
 */
export async function startTracking(ctx: HandlerContext, request: TrackRequest): Promise<InvoiceSnapshot> {
  const found = await ctx.store.exclusive(async (): Promise<InvoiceSnapshot | Invoice> => {
    const [settings, known, sameNumber] = await Promise.all([
      ctx.store.getSettings(),
      ctx.store.findClientByEmail(request.debtor.email),
      ctx.store.invoicesByNumber(request.fields.number.trim()),
    ]);
    const now = new Date().toISOString();
    const same = known && sameNumber.find((i) => i.clientId === known.id);
    if (same) return same;
    const base = known ?? newClient(request.debtor, request.debtorKind, settings, now, request.debtorSiren);
    const learned = request.messages && languageLearned(base, request.messages);
    const client = learned ? { ...base, ...learned, ...(known ? { updatedAt: now, rev: known.rev + 1 } : {}) } : base;
    const invoice = newInvoice(request.fields, client.id, request.source, now);
    const today = ctx.today();
    const events: NewEvent[] = [{ kind: 'invoice-tracked', occurredOn: today, data: trackedEventData(invoice, request.source.kind) }];
    if (request.messageId)
      events.unshift({
        kind: 'invoice-sent',
        occurredOn: request.fields.issueDate,
        data: { messageId: request.messageId, threadId: request.fields.threadId, to: [request.debtor] },
      });
    const derived = deriveInvoice(invoice, client, [], settings, today);
    const written = await ctx.store.commit({ invoice: derived, client, events });
    return { invoice: written.invoice, client, timeline: written.events, settings };
  });
  if ('timeline' in found) return found;
  await addSource(ctx, found.id, request);
  if (request.messages) await learnClientLanguage(ctx, found.clientId, request.messages);
  return readInvoice(ctx, found.id);
}

/** Tracking again from another thread or source: the invoice notes it, nothing else changes. */
async function addSource(ctx: HandlerContext, invoiceId: string, request: TrackRequest): Promise<void> {
  await mutateInvoice(ctx, invoiceId, ({ invoice }) => {
    const threadId = request.fields.threadId;
    const hasThread = !threadId || invoice.threadIds.includes(threadId);
    const hasSource = invoice.sources.some((s) => s.kind === request.source.kind && s.ref === request.source.ref);
    if (hasThread && hasSource) return undefined;
    return {
      invoice: {
        ...invoice,
        threadIds: hasThread ? invoice.threadIds : [...invoice.threadIds, threadId!],
        threadUrl: invoice.threadUrl ?? request.fields.threadUrl,
        sources: hasSource ? invoice.sources : [...invoice.sources, request.source],
      },
    };
  });
}
