import type { Handler, HandlersIn } from '../router';
import type { NewEvent } from '../../model/event';
import { defaultDueDate } from '../../legal/payment-period';
import { summarize } from '../invoice-view';
import { fullInvoiceView } from '../full-invoice-view';
import { mutateInvoice, readInvoice } from '../mutate-invoice';
import { trackInvoice } from '../track-invoice';
import { rememberUnder } from '../mail-index';
import { UserInputError } from '../user-input-error';

export const track: Handler<'invoice:track'> = async (request, ctx) => {
  if (request.threadId) await rememberUnder(ctx, request.threadId, request.fields.number.trim());
  const snapshot = await trackInvoice(ctx, {
    fields: {
      ...request.fields,
      // Without an issue date the due date stands in for computations only, and is never printed as one.
      issueDate: request.fields.issueDate ?? request.fields.dueDate,
      ...(request.fields.issueDate ? {} : { issueDateUnknown: true }),
      threadId: request.threadId,
      threadUrl: request.url,
    },
    debtor: request.fields.debtor,
    debtorKind: request.fields.debtorKind,
    source: { kind: 'mail', ref: request.threadId, webmail: request.webmail, addedAt: new Date().toISOString() },
    messageId: request.messageId,
  });
  return fullInvoiceView(ctx, snapshot);
};

export const get: Handler<'invoice:get'> = async ({ invoiceId }, ctx) => fullInvoiceView(ctx, await readInvoice(ctx, invoiceId));

export const list: Handler<'invoice:list'> = async (_request, ctx) => {
  const [invoices, clients] = await Promise.all([ctx.store.allInvoices(), ctx.store.allClients()]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const today = ctx.today();
  return invoices.map((i) => summarize(i, byId.get(i.clientId), today));
};

export const setStatus: Handler<'invoice:set-status'> = async ({ invoiceId, status, reason }, ctx) => {
  const today = ctx.today();
  const snapshot = await mutateInvoice(ctx, invoiceId, ({ invoice }) => {
    if (invoice.status === status) return undefined;
    const events: NewEvent[] = [];
    let amountDue = invoice.amountDue;
    if (status === 'paid' && amountDue.minor > 0) {
      events.push({ kind: 'payment', occurredOn: today, data: { amount: amountDue, receivedOn: today, full: true } });
      amountDue = { ...amountDue, minor: 0 };
    }
    events.push({ kind: 'status-change', occurredOn: today, data: { from: invoice.status, to: status, reason } });
    return { invoice: { ...invoice, status, amountDue }, events };
  });
  return fullInvoiceView(ctx, snapshot);
};

export const pause: Handler<'invoice:pause'> = async ({ invoiceId, paused }, ctx) => {
  const today = ctx.today();
  const snapshot = await mutateInvoice(ctx, invoiceId, ({ invoice }) =>
    !!invoice.paused === paused
      ? undefined
      : {
          invoice: { ...invoice, paused },
          events: [
            { kind: 'note', occurredOn: today, data: { text: paused ? 'Relances suspendues / reminders paused' : 'Relances reprises / reminders resumed' } },
          ],
        },
  );
  return fullInvoiceView(ctx, snapshot);
};

/** The day the work or service was finished, which starts the limitation period (legal/prescription.ts). */
export const setWorkFinished: Handler<'invoice:set-work-finished'> = async ({ invoiceId, workFinishedOn }, ctx) => {
  const today = ctx.today();
  if (workFinishedOn > today) throw new UserInputError('The work cannot be finished after today.', 'work-finished-future');
  const snapshot = await mutateInvoice(ctx, invoiceId, ({ invoice }) =>
    invoice.workFinishedOn === workFinishedOn
      ? undefined
      : {
          invoice: { ...invoice, workFinishedOn },
          events: [
            {
              kind: 'note',
              occurredOn: today,
              data: {
                text: `Travaux achevés le ${workFinishedOn} (point de départ de la prescription) / work finished on ${workFinishedOn} (start of the limitation period)`,
              },
            },
          ],
        },
  );
  return fullInvoiceView(ctx, snapshot);
};

/** An invoice typed by hand in the dashboard; tracking the same number for the same client again merges. */
export const createInvoice: Handler<'invoice:create'> = async ({ fields }, ctx) => {
  const settings = await ctx.store.getSettings();
  const dueDate = fields.dueDate ?? defaultDueDate(fields.issueDate, fields.debtorKind, settings.paymentTermsDays);
  if (dueDate < fields.issueDate) throw new UserInputError('The due date is before the issue date.', 'due-before-issue');
  const snapshot = await trackInvoice(ctx, {
    fields: { number: fields.number, amountDue: fields.amountDue, issueDate: fields.issueDate, dueDate, contractualRate: fields.contractualRate },
    debtor: { name: fields.clientName, email: fields.clientEmail },
    debtorKind: fields.debtorKind,
    source: { kind: 'manual', addedAt: new Date().toISOString() },
  });
  return fullInvoiceView(ctx, snapshot);
};

export const invoiceHandlers = {
  'invoice:track': track,
  'invoice:get': get,
  'invoice:list': list,
  'invoice:set-status': setStatus,
  'invoice:pause': pause,
  'invoice:set-work-finished': setWorkFinished,
  'invoice:create': createInvoice,
} satisfies HandlersIn<'invoice'>;
