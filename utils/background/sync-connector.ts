import type { Invoice } from '../model/invoice';
import type { NewEvent } from '../model/event';
import { mutateInvoice } from './mutate-invoice';
import type { HandlerContext } from './router';
import { platformStatusEvents } from './platform-status-events';
import { trackInvoice } from './track-invoice';
import type { ApiClient } from '../connectors/api-client';
import type { Credential, InvoiceConnector, MapContext, RemoteInvoice } from '../connectors/connector';
import type { SyncReport } from '../connectors/connection-vault';
import { defaultDueDate } from '../legal/payment-period';
import { errorMessage } from '../errors/error-message';
import { NO_PROGRESS, type ProgressReport } from '../progress/progress-report';

const isSettled = (invoice: Invoice) => invoice.status === 'paid' || invoice.status === 'cancelled';

/**
 * One sync of one service into the store: open invoices are tracked (or merged with the one the mailbox found: same
 * number, same client), a payment the service saw brings the amount down, and an invoice the service marks paid or
 * void leaves the ladder with that event in its timeline. Tracked invoices missing from the open list are re-read by id.
 * `progress` hears the invoices applied (each its own transaction).
 */
export async function syncConnector(
  ctx: HandlerContext,
  connector: InvoiceConnector,
  credential: Credential,
  api: ApiClient,
  map: MapContext,
  progress: ProgressReport = NO_PROGRESS,
): Promise<SyncReport> {
  const report: SyncReport = { at: new Date().toISOString(), open: 0, imported: 0, updated: 0, closed: 0, skipped: 0, failed: 0 };
  const seen = new Map<string, RemoteInvoice>();
  for await (const remote of connector.listOpenInvoices(api, credential, map)) seen.set(remote.externalId, remote);

  const tracked = new Map<string, Invoice>();
  for (const invoice of await ctx.store.allInvoices()) {
    const source = invoice.sources.find((s) => s.kind === 'connector' && s.ref === connector.id && s.externalId);
    if (source?.externalId) tracked.set(source.externalId, invoice);
  }
  for (const [externalId, invoice] of tracked) {
    if (seen.has(externalId) || isSettled(invoice)) continue;
    const remote = await connector.getInvoice(api, credential, externalId, map);
    if (remote) seen.set(externalId, remote);
  }

  const today = ctx.today();
  let applied = 0;
  for (const remote of seen.values()) {
    progress('writing', applied++, seen.size);
    try {
      let invoiceId = tracked.get(remote.externalId)?.id;
      let remainingSeen = false;
      if (remote.state === 'open' && remote.remaining.minor > 0) {
        report.open++;
        ({ invoiceId, remainingSeen } = await importOpen(ctx, connector, remote, tracked.get(remote.externalId), today, report));
      } else if ((remote.state === 'paid' || remote.state === 'void') && tracked.has(remote.externalId)) {
        remainingSeen = true;
        if (await close(ctx, connector, remote, tracked.get(remote.externalId)!, today)) report.closed++;
      }
      if (invoiceId && remote.platformStatuses?.length) await recordPlatformStatuses(ctx, invoiceId, remote, today, remainingSeen);
    } catch (error) {
      report.failed++;
      await ctx.store.log({ level: 'error', what: `connector:${connector.id}`, detail: `invoice ${remote.number}: ${errorMessage(error)}` });
    }
  }
  progress('writing', seen.size, seen.size);
  return report;
}

/** Tracks or merges one open invoice; says which invoice it is and whether the service's remaining amount recorded a payment. */
async function importOpen(
  ctx: HandlerContext,
  connector: InvoiceConnector,
  remote: RemoteInvoice,
  known: Invoice | undefined,
  today: string,
  report: SyncReport,
): Promise<{ invoiceId?: string; remainingSeen: boolean }> {
  let invoiceId = known?.id;
  let merged = false;
  if (!invoiceId) {
    if (!remote.clientEmail) {
      // A debtor without an address cannot be written to, and our clients are keyed by it.
      report.skipped++;
      return { remainingSeen: false };
    }
    const client = await ctx.store.findClientByEmail(remote.clientEmail);
    const before = client ? (await ctx.store.invoicesByNumber(remote.number.trim())).find((i) => i.clientId === client.id) : undefined;
    const settings = await ctx.store.getSettings();
    const snapshot = await trackInvoice(ctx, {
      fields: {
        number: remote.number,
        amountDue: remote.remaining,
        total: remote.total,
        issueDate: remote.issueDate,
        // No due date from the service: the user's default payment terms (L441-10 C. com. applies the same idea).
        dueDate: remote.dueDate ?? defaultDueDate(remote.issueDate, remote.clientKind ?? 'business', settings.paymentTermsDays),
        paymentLink: remote.link,
      },
      debtor: { name: remote.clientName, email: remote.clientEmail },
      debtorKind: remote.clientKind ?? 'business',
      source: { kind: 'connector', ref: connector.id, externalId: remote.externalId, addedAt: new Date().toISOString() },
    });
    invoiceId = snapshot.invoice.id;
    if (!before) {
      report.imported++;
      // A fresh import starts from the service's remaining amount: any collection is already in it.
      return { invoiceId, remainingSeen: true };
    }
    merged = true;
  }
  let recorded = false;
  await mutateInvoice(ctx, invoiceId, ({ invoice }) => {
    const paidSince = invoice.amountDue.minor - remote.remaining.minor;
    if (isSettled(invoice) || invoice.amountDue.currency !== remote.remaining.currency || paidSince <= 0) return undefined;
    recorded = true;
    const event: NewEvent = {
      kind: 'payment',
      occurredOn: today,
      data: { amount: { ...invoice.amountDue, minor: paidSince }, receivedOn: today, method: connector.label, full: false },
    };
    return { invoice: { ...invoice, amountDue: remote.remaining, paymentLink: invoice.paymentLink ?? remote.link }, events: [event] };
  });
  if (merged || recorded) report.updated++;
  return { invoiceId, remainingSeen: recorded };
}

/** The platform's e-invoicing statuses onto the invoice's timeline (evidence, holds, a collection). */
async function recordPlatformStatuses(ctx: HandlerContext, invoiceId: string, remote: RemoteInvoice, today: string, remainingSeen: boolean): Promise<void> {
  await mutateInvoice(ctx, invoiceId, ({ invoice, timeline }) => {
    const { events, amountDue, status } = platformStatusEvents(invoice, timeline, remote.platformStatuses ?? [], today, remainingSeen);
    if (events.length === 0) return undefined;
    return { invoice: { ...invoice, ...(amountDue ? { amountDue } : {}), ...(status ? { status } : {}) }, events };
  });
}

/** The service says paid or void: record it and take the invoice out of the ladder; false when already settled here. */
async function close(ctx: HandlerContext, connector: InvoiceConnector, remote: RemoteInvoice, known: Invoice, today: string): Promise<boolean> {
  let closed = false;
  const on = remote.closedOn && remote.closedOn <= today ? remote.closedOn : today;
  await mutateInvoice(ctx, known.id, ({ invoice }) => {
    if (isSettled(invoice)) return undefined;
    closed = true;
    const events: NewEvent[] = [];
    if (remote.state === 'paid') {
      if (invoice.amountDue.minor > 0)
        events.push({ kind: 'payment', occurredOn: on, data: { amount: invoice.amountDue, receivedOn: on, method: connector.label, full: true } });
      events.push({ kind: 'status-change', occurredOn: on, data: { from: invoice.status, to: 'paid', reason: `${connector.label}: invoice paid` } });
      return { invoice: { ...invoice, status: 'paid', amountDue: { ...invoice.amountDue, minor: 0 } }, events };
    }
    events.push({ kind: 'status-change', occurredOn: on, data: { from: invoice.status, to: 'cancelled', reason: `${connector.label}: invoice voided` } });
    return { invoice: { ...invoice, status: 'cancelled' }, events };
  });
  return closed;
}
