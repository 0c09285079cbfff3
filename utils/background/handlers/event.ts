import { z } from '../../validate/zod';
import { checkedEvent } from '../../model/event-schemas';
import { isoDate, money } from '../../model/schema-primitives';
import { eventRequestId } from '../../model/event-ids';
import type { NewEvent } from '../../model/event';
import { fullInvoiceView } from '../full-invoice-view';
import { mutateInvoice } from '../mutate-invoice';
import type { Handler, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';

const planInstalments = z.array(z.object({ date: isoDate, amount: money })).check(z.minLength(1), z.maxLength(120));

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

export const eventHandlers = {
  'event:add': addEvent,
} satisfies HandlersIn<'event'>;
