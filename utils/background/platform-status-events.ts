import type { PlatformStatus } from '../model/platform-status';
import { platformStatusEffect } from '../model/platform-status';
import type { TimelineEvent, NewEvent } from '../model/event';
import type { Invoice, InvoiceStatus } from '../model/invoice';

const keyOf = (s: PlatformStatus) => `${s.platform}|${s.code}|${s.raw}|${s.on ?? ''}`;

/**
 * The events a platform's lifecycle statuses add to an invoice: each status not yet on the timeline, with its date and
 * reason (the ladder reads 207/210 as a dispute and 208 as a missing document). 212 Encaissée is declared by the seller
 * (the user, through their platform): it pays the invoice — by its amount when given, else in full — unless the
 * service's remaining amount already brought the payment in (`remainingSeen`), so nothing is counted twice.
 */
export function platformStatusEvents(
  invoice: Invoice,
  timeline: readonly TimelineEvent[],
  statuses: readonly PlatformStatus[],
  today: string,
  remainingSeen: boolean,
): { events: NewEvent[]; amountDue?: Invoice['amountDue']; status?: InvoiceStatus } {
  const known = new Set(timeline.filter((e): e is TimelineEvent<'platform-status'> => e.kind === 'platform-status').map((e) => keyOf(e.data)));
  const events: NewEvent[] = [];
  let due = invoice.amountDue;
  let status: InvoiceStatus | undefined;
  const settled = invoice.status === 'paid' || invoice.status === 'cancelled';
  for (const reported of statuses) {
    if (known.has(keyOf(reported))) continue;
    known.add(keyOf(reported));
    const on = reported.on && reported.on <= today ? reported.on : today;
    events.push({ kind: 'platform-status', occurredOn: on, data: reported });
    const effect = platformStatusEffect(reported.code);
    // Refused or in dispute: the invoice is disputed, as when the debtor writes so (the ladder reads the reason).
    if (effect === 'dispute' && !settled) status = 'disputed';
    if (effect !== 'collected' || settled || remainingSeen || due.minor <= 0) continue;
    const amount = reported.amount && reported.amount.currency === due.currency ? Math.min(reported.amount.minor, due.minor) : due.minor;
    if (amount <= 0) continue;
    const full = amount === due.minor;
    events.push({
      kind: 'payment',
      occurredOn: on,
      data: {
        amount: { ...due, minor: amount },
        receivedOn: on,
        method: reported.platform === 'pennylane' ? 'Pennylane (212 Encaissée)' : 'Qonto (212 Encaissée)',
        full,
      },
    });
    due = { ...due, minor: due.minor - amount };
    if (full) {
      events.push({ kind: 'status-change', occurredOn: on, data: { from: status ?? invoice.status, to: 'paid', reason: 'Encaissée (212)' } });
      status = 'paid';
    }
  }
  return { events, ...(due.minor !== invoice.amountDue.minor ? { amountDue: due } : {}), ...(status && status !== invoice.status ? { status } : {}) };
}
