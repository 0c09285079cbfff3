import type { MailAddress } from '../mail/types';
import type { NewEvent } from '../model/event';
import type { DebtorKind } from '../model/client';
import type { InvoiceSource } from '../model/invoice';
import { deriveInvoice } from './derive-invoice';
import { feedInvoice } from './feed-invoice';
import { mutateInvoice, type InvoiceSnapshot } from './mutate-invoice';
import { newClient, newInvoice, trackedEventData, type NewInvoiceFields } from './new-invoice';
import type { HandlerContext } from './router';

export interface TrackRequest {
  fields: NewInvoiceFields;
  debtor: MailAddress;
  debtorKind: DebtorKind;
  /** From an e-invoice: lets the registry check the debtor later. */
  debtorSiren?: string;
  source: InvoiceSource;
  messageId?: string;
}

/**
 * Starts tracking an invoice, or merges into the one already tracked with the same number for the same client
 * (one invoice, every source noted), so tracking twice or from two tabs never doubles it. Either way the invoice is
 * then fed with what the mailbox already showed about its number (earlier reminders, replies, notices).
 */
export async function trackInvoice(ctx: HandlerContext, request: TrackRequest): Promise<InvoiceSnapshot> {
  return feedInvoice(ctx, await startTracking(ctx, request));
}

/** Tracking without the feed, which the caller owes the invoice (a thread view does it after answering). Returns its id. */
export async function startTracking(ctx: HandlerContext, request: TrackRequest): Promise<string> {
  const found = await ctx.store.exclusive(async () => {
    const settings = await ctx.store.getSettings();
    const now = new Date().toISOString();
    const client =
      (await ctx.store.findClientByEmail(request.debtor.email)) ?? newClient(request.debtor, request.debtorKind, settings, now, request.debtorSiren);
    const same = (await ctx.store.invoicesByNumber(request.fields.number.trim())).find((i) => i.clientId === client.id);
    if (same) return { id: same.id, created: false };
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
    await ctx.store.commit({ invoice: derived, client, events });
    return { id: invoice.id, created: true };
  });
  if (!found.created) await addSource(ctx, found.id, request);
  return found.id;
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
