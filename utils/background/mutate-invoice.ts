import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import type { TimelineEvent, NewEvent } from '../model/event';
import type { StoredClient } from '../store/schema';
import { deriveInvoice } from './derive-invoice';
import type { HandlerContext } from './router';
import { UserInputError } from './user-input-error';

export interface InvoiceSnapshot {
  invoice: Invoice;
  client: StoredClient;
  timeline: TimelineEvent[];
  settings: Settings;
}

export interface InvoiceChange {
  invoice?: Invoice;
  client?: StoredClient;
  events?: NewEvent[];
}

/** Reads an invoice with everything the ladder needs; throws not-found for an unknown id. */
export async function readInvoice(ctx: HandlerContext, invoiceId: string): Promise<InvoiceSnapshot> {
  const invoice = await ctx.store.getInvoice(invoiceId);
  if (!invoice) throw new UserInputError(`No invoice ${invoiceId}.`, 'not-found');
  const [client, timeline, settings] = await Promise.all([ctx.store.getClient(invoice.clientId), ctx.store.timeline(invoice.id), ctx.store.getSettings()]);
  if (!client) throw new UserInputError(`Invoice ${invoice.number} has no client record.`, 'not-found');
  return { invoice, client, timeline, settings };
}

/** Several invoices, each as readInvoice gives it (a letter or an export may cover more than one). */
export function readInvoices(ctx: HandlerContext, invoiceIds: string[]): Promise<InvoiceSnapshot[]> {
  return Promise.all(invoiceIds.map((id) => readInvoice(ctx, id)));
}

/**
 * Read → change → re-derive the ladder → write, alone in the write queue and in one transaction.
 * `change` returns undefined when there is nothing to write (idempotent requests).
 */
export async function mutateInvoice(
  ctx: HandlerContext,
  invoiceId: string,
  change: (snapshot: InvoiceSnapshot) => InvoiceChange | undefined | Promise<InvoiceChange | undefined>,
): Promise<InvoiceSnapshot> {
  return ctx.store.exclusive(async () => {
    const snapshot = await readInvoice(ctx, invoiceId);
    const result = await change(snapshot);
    if (!result) return snapshot;
    const client = result.client ?? snapshot.client;
    const draftEvents = [...(result.events ?? [])];
    const pending = [
      ...snapshot.timeline,
      ...draftEvents.map((e, i) => ({ ...e, id: `pending-${i}`, invoiceId, seq: snapshot.timeline.length + i, recordedAt: '', prevHash: '', hash: '' })),
    ];
    const invoice = deriveInvoice(result.invoice ?? snapshot.invoice, client, pending, snapshot.settings, ctx.today());
    // Letters and exports use the status: a change the ladder derived (paid in full) is recorded like any other.
    const from = snapshot.invoice.status;
    if (invoice.status !== from && !draftEvents.some((e) => e.kind === 'status-change' && e.data.to === invoice.status)) {
      draftEvents.push({ kind: 'status-change', occurredOn: ctx.today(), data: { from, to: invoice.status, reason: 'amount-due' } });
    }
    const saved = await ctx.store.commit({ invoice, expectRev: snapshot.invoice.rev, client: result.client, events: draftEvents });
    return { invoice: saved.invoice, client, timeline: [...snapshot.timeline, ...saved.events], settings: snapshot.settings };
  });
}
