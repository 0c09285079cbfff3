import { describe, expect, it } from 'vitest';
import { computeAmountOwed, formalNoticeOf } from '../../../utils/legal/amount-owed';
import { activeEvents } from '../../../utils/legal/active-events';
import type { EventKind, EventPayloads, TimelineEvent } from '../../../utils/model/event';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
let seq = 0;
function ev<K extends EventKind>(kind: K, occurredOn: string, data: EventPayloads[K], corrects?: string): TimelineEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    invoiceId: 'i',
    seq,
    kind,
    data,
    recordedAt: '',
    occurredOn,
    prevHash: '',
    hash: '',
    ...(corrects ? { corrects } : {}),
  } as TimelineEvent;
}
const invoice = { total: eur(300_000), amountDue: eur(300_000), dueDate: '2026-01-31' };

describe('computeAmountOwed (issue 22, point 2)', () => {
  it('uses the default contractual rate from the settings when the invoice has none', () => {
    // 3 000 € due 31 Jan 2026, 30 days late on 2 Mar 2026. Settings 15 %: 300000 × 15 % × 30 / 365 = 3698.6 → 36,99 €
    // (the legal default, 12.15 %, would give 29,96 €).
    const owed = computeAmountOwed({ invoice, debtor: 'business', events: [], asOf: '2026-03-02', defaultContractualRate: 15 });
    expect(owed.interest).toEqual(eur(3699));
    expect(owed.contractualRate).toBe(15);
    expect(computeAmountOwed({ invoice, debtor: 'business', events: [], asOf: '2026-03-02' }).interest).toEqual(eur(2996));
    // The invoice's own rate wins over the settings.
    expect(
      computeAmountOwed({ invoice: { ...invoice, contractualRate: 20 }, debtor: 'business', events: [], asOf: '2026-03-02', defaultContractualRate: 15 })
        .contractualRate,
    ).toBe(20);
  });

  it('runs consumer interest from the receipt of the letter, using the corrected sending date', () => {
    // Letter first recorded as sent 2 Feb, corrected to 9 Feb; received (AR) 12 Feb. Interest 13 Feb–14 Mar: 30 days at
    // 2026-S1 rate (b) 2.62 %: 300000 × 2.62 % × 30 / 365 = 646.03 → 6,46 €.
    const wrong = ev('letter-sent', '2026-02-02', { sentOn: '2026-02-02', kind: 'formal-notice', trackingNumber: '1A' });
    const events = [
      wrong,
      ev('letter-sent', '2026-02-09', { sentOn: '2026-02-09', kind: 'formal-notice', trackingNumber: '1A' }, wrong.id),
      ev('acknowledgement-received', '2026-02-12', { receivedOn: '2026-02-12' }),
    ];
    const owed = computeAmountOwed({ invoice, debtor: 'consumer', events, asOf: '2026-03-14' });
    expect(owed.formalNotice).toMatchObject({ sentOn: '2026-02-09', receivedOn: '2026-02-12', letter: { sentOn: '2026-02-09', trackingNumber: '1A' } });
    expect(owed.interestFrom).toBe('2026-02-13');
    expect(owed.interest).toEqual(eur(646));
    expect(owed.indemnity).toEqual(eur(0));
  });

  it("runs consumer interest from this letter's receipt, not from an earlier registered letter's", () => {
    // A plain registered letter sent 5 Feb and signed for on 10 Feb; the mise en demeure sent 1 Mar, signed for 5 Mar.
    // Interest 6–31 Mar: 26 days at 2.62 %: 300000 × 2.62 % × 26 / 365 = 559.9 → 5,60 € (from 2 Mar it would be 6,46 €).
    const events = [
      ev('letter-sent', '2026-02-05', { sentOn: '2026-02-05', kind: 'other', trackingNumber: '1A' }),
      ev('acknowledgement-received', '2026-02-10', { receivedOn: '2026-02-10' }),
      ev('letter-sent', '2026-03-01', { sentOn: '2026-03-01', kind: 'formal-notice', trackingNumber: '1B' }),
      ev('acknowledgement-received', '2026-03-05', { receivedOn: '2026-03-05' }),
    ];
    const owed = computeAmountOwed({ invoice, debtor: 'consumer', events, asOf: '2026-03-31' });
    expect(owed.formalNotice).toMatchObject({ sentOn: '2026-03-01', receivedOn: '2026-03-05' });
    expect(owed.interestFrom).toBe('2026-03-06');
    expect(owed.interest).toEqual(eur(560));
    // Come back unclaimed: its own first presentation, not an earlier letter's.
    const unclaimed = [
      ev('letter-sent', '2026-02-05', { sentOn: '2026-02-05', kind: 'other', trackingNumber: '1A' }),
      ev('letter-status', '2026-02-07', { trackingNumber: '1A', status: 'presented', on: '2026-02-07', code: 'X' }),
      ev('letter-sent', '2026-03-01', { sentOn: '2026-03-01', kind: 'formal-notice', trackingNumber: '1B' }),
      ev('letter-status', '2026-03-04', { trackingNumber: '1B', status: 'notice-left', on: '2026-03-04', code: 'X' }),
      ev('letter-status', '2026-03-20', { trackingNumber: '1B', status: 'returned', on: '2026-03-20', code: 'X' }),
    ];
    expect(formalNoticeOf(activeEvents(unclaimed))?.receivedOn).toBe('2026-03-04');
    // The earlier letter's return after this one left is not this one's: no receipt known yet, its sending day.
    const otherReturned = [
      ...unclaimed.slice(0, 4),
      ev('letter-status', '2026-03-20', { trackingNumber: '1A', status: 'returned', on: '2026-03-20', code: 'X' }),
    ];
    expect(formalNoticeOf(activeEvents(otherReturned))?.receivedOn).toBe('2026-03-01');
    // An acknowledgement of the earlier letter arriving after this one left is not this one's either.
    const lateOther = [...events.slice(0, 3), ev('acknowledgement-received', '2026-03-03', { receivedOn: '2026-03-03', trackingNumber: '1A' })];
    expect(formalNoticeOf(activeEvents(lateOther))?.receivedOn).toBe('2026-03-01');
  });

  it('counts a mise en demeure sent by e-mail only (interest runs from that day)', () => {
    const email = ev('reminder-sent', '2026-02-12', {
      stage: 'formal-notice',
      templateId: 'formal-notice',
      to: [{ email: 'a@b.fr' }],
      subject: 'Mise en demeure',
      body: '…',
      bodySha256: 'x',
    });
    const owed = computeAmountOwed({ invoice, debtor: 'consumer', events: [email], asOf: '2026-03-14' });
    expect(formalNoticeOf(activeEvents([email]))).toMatchObject({ sentOn: '2026-02-12', receivedOn: '2026-02-12', emailOn: '2026-02-12' });
    expect(owed.interest).toEqual(eur(646));
    // Its later reminder is not a new notice.
    const reminder = ev('reminder-sent', '2026-03-01', {
      stage: 'formal-notice',
      templateId: 'formal-notice-reminder',
      to: [],
      subject: 'Rappel',
      body: '…',
      bodySha256: 'y',
    });
    expect(computeAmountOwed({ invoice, debtor: 'consumer', events: [email, reminder], asOf: '2026-03-14' }).formalNotice?.sentOn).toBe('2026-02-12');
  });

  it('adds recorded payments back to find the principal, and voids a corrected one', () => {
    // 1 000 € recorded on 10 Feb, then voided: the principal is 3 000 € again and nothing was paid.
    const payment = ev('payment', '2026-02-10', { amount: eur(100_000), receivedOn: '2026-02-10', full: false });
    const voided = computeAmountOwed({
      invoice: { ...invoice, amountDue: eur(200_000) },
      debtor: 'business',
      events: [payment, ev('correction', '2026-02-11', { reason: 'chèque rejeté' }, payment.id)],
      asOf: '2026-03-02',
    });
    expect(voided).toMatchObject({ principal: eur(300_000), paid: eur(0), outstanding: eur(300_000) });
    const kept = computeAmountOwed({ invoice: { ...invoice, amountDue: eur(200_000) }, debtor: 'business', events: [payment], asOf: '2026-03-02' });
    expect(kept).toMatchObject({ principal: eur(300_000), paid: eur(100_000), outstanding: eur(200_000) });
  });
});

describe('computeAmountOwed: the principal after an overpayment', () => {
  // Total 1 000 €, due 31 Jul 2025, business debtor; 900 € paid on 31 Aug 2025, 31 days late. Recording it took the
  // amount due down to 0, whatever was owed.
  const overpaid = { total: eur(100_000), amountDue: eur(0), dueDate: '2025-07-31' };
  const payment = ev('payment', '2025-08-31', { amount: eur(90_000), receivedOn: '2025-08-31', full: true });
  const owedWith = (tracked: TimelineEvent, ...more: TimelineEvent[]) =>
    computeAmountOwed({ invoice: overpaid, debtor: 'business', events: [tracked, payment, ...more], asOf: '2025-09-15' });

  it('runs interest on what was owed when tracked, not on the total (the audit: a 200 € deposit already paid)', () => {
    // 800 € owed: 80000 × 12.15 % × 31 / 365 = 825.6 → 8,26 € (on the 900 € paid it would be 9,29 €).
    const owed = owedWith(ev('invoice-tracked', '2025-07-01', { source: 'manual', amountDue: eur(80_000) }));
    expect(owed).toMatchObject({ principal: eur(80_000), paid: eur(80_000), outstanding: eur(0), interest: eur(826) });
  });

  it('caps an overpayment at the total when the whole total was owed', () => {
    // 1 100 € paid on 1 000 € owed: 100000 × 12.15 % × 31 / 365 = 1031.9 → 10,32 €.
    const more = ev('payment', '2025-08-31', { amount: eur(20_000), receivedOn: '2025-08-31', full: true });
    const owed = owedWith(ev('invoice-tracked', '2025-07-01', { source: 'manual', amountDue: eur(100_000) }), more);
    expect(owed).toMatchObject({ principal: eur(100_000), paid: eur(100_000), outstanding: eur(0), interest: eur(1032) });
  });

  it('falls back to the total when the timeline does not hold what was owed', () => {
    // Tracked before the event held the amount, or its amount corrected since by an import: the payments added back.
    expect(owedWith(ev('invoice-tracked', '2025-07-01', { source: 'manual' })).principal).toEqual(eur(90_000));
    const imported = ev('invoice-tracked', '2025-07-01', { source: 'csv', amountDue: eur(80_000) });
    const corrected = ev('correction', '2025-08-01', { reason: 'CSV f.csv: amount due 80000 → 100000 EUR (minor units)' });
    expect(owedWith(imported, corrected).principal).toEqual(eur(90_000));
  });
});
