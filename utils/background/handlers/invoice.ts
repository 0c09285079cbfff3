import { z } from 'zod';
import { checkedEvent } from '../../model/event-schemas';
import { isoDate, money } from '../../model/schema-primitives';
import { eventRequestId } from '../../model/event-ids';
import type { Handler } from '../router';
import type { NewEvent } from '../../model/event';
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

const planInstalments = z
  .array(z.object({ date: isoDate, amount: money }))
  .min(1)
  .max(120);

/** Calls, notes, letters, payments, promises and disputes typed by the user. */
export const addEvent: Handler<'event:add'> = async ({ invoiceId, kind, occurredOn, data, corrects, requestId }, ctx) => {
  const snapshot = await mutateInvoice(ctx, invoiceId, ({ invoice, timeline }) => {
    // The same user action sent again (its answer was lost when the worker stopped) is already recorded.
    if (requestId && timeline.some((e) => eventRequestId(e) === requestId)) return undefined;
    if (corrects && !timeline.some((e) => e.id === corrects)) throw new UserInputError(`Event ${corrects} is not in this timeline.`);
    const currency = invoice.amountDue.currency;
    let next = invoice;
    let full: { full: boolean } | undefined;
    if (kind === 'payment') {
      const amount = money.safeParse(data.amount);
      if (!amount.success || amount.data.minor <= 0 || amount.data.currency !== currency)
        throw new UserInputError(`A payment needs a positive amount in ${currency}.`, 'payment-amount', [currency]);
      const left = Math.max(0, invoice.amountDue.minor - amount.data.minor);
      full = { full: left === 0 };
      next = { ...invoice, amountDue: { ...invoice.amountDue, minor: left } };
    }
    if (kind === 'plan-agreed') {
      // The ladder reads this schedule on every view: refuse a malformed one here (issue 22's accepted plans).
      const instalments = planInstalments.safeParse(data.instalments);
      if (!instalments.success || !instalments.data.every((i) => i.amount.minor > 0 && i.amount.currency === currency))
        throw new UserInputError(`A payment plan needs dated instalments of positive amounts in ${currency}.`, 'plan-instalments', [currency]);
    }
    const event = checkedEvent({ kind, occurredOn, data: { ...data, ...(requestId ? { requestId } : {}), ...full }, corrects });
    if (kind === 'promise') next = { ...invoice, status: 'promised' };
    if (kind === 'dispute') next = { ...invoice, status: 'disputed' };
    const events: NewEvent[] = [event];
    if (next.status !== invoice.status) events.push({ kind: 'status-change', occurredOn, data: { from: invoice.status, to: next.status, reason: kind } });
    return { invoice: next, events };
  });
  return fullInvoiceView(ctx, snapshot);
};
