import { describe, expect, it } from 'vitest';
import { computeClientLadder, computeLadder } from '../../../utils/legal/ladder';
import { formalNoticeOf } from '../../../utils/legal/amount-owed';
import type { Client } from '../../../utils/model/client';
import type { EventKind, EventPayloads, TimelineEvent } from '../../../utils/model/event';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';

const eur = (minor: number) => ({ minor, currency: 'EUR' });

function invoice(over: Partial<Invoice> = {}): Invoice {
  return {
    id: 'inv-1',
    number: 'F-2026-014',
    clientId: 'c-1',
    issueDate: '2026-10-01',
    dueDate: '2026-11-02',
    total: eur(125000),
    amountDue: eur(125000),
    status: 'open',
    stage: 'none',
    sources: [],
    threadIds: [],
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    rev: 1,
    ...over,
  };
}

const client = (over: Partial<Client> = {}): Client => ({
  id: 'c-1',
  name: 'Atelier Dupont',
  emails: [{ email: 'compta@dupont.fr' }],
  kind: 'business',
  language: 'fr',
  createdAt: '2026-10-01T09:00:00Z',
  updatedAt: '2026-10-01T09:00:00Z',
  rev: 1,
  ...over,
});

let seq = 0;
function ev<K extends EventKind>(kind: K, occurredOn: string, data: EventPayloads[K], extra: Partial<TimelineEvent<K>> = {}): TimelineEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    invoiceId: 'inv-1',
    seq,
    kind,
    data,
    recordedAt: `${occurredOn}T10:00:00Z`,
    occurredOn,
    prevHash: '',
    hash: '',
    ...extra,
  } as TimelineEvent;
}
const sent = (stage: TimelineEvent<'reminder-sent'>['data']['stage'], on: string, templateId?: string) =>
  ev('reminder-sent', on, { stage, ...(templateId ? { templateId } : {}), to: [{ email: 'compta@dupont.fr' }], subject: 's', body: 'b', bodySha256: 'x' });
const reply = (kind: TimelineEvent<'reply-received'>['data']['kind'], on: string, promisedDate?: string) =>
  ev('reply-received', on, {
    messageId: `m-${on}`,
    from: { email: 'compta@dupont.fr' },
    excerpt: '…',
    kind,
    receivedAt: `${on}T08:00:00+01:00`,
    ...(promisedDate ? { promisedDate } : {}),
  });

const settings: Settings = DEFAULT_SETTINGS;
const run = (events: TimelineEvent[], today: string, inv: Partial<Invoice> = {}, s: Settings = settings, c: Client = client()) =>
  computeLadder({ invoice: invoice(inv), client: c, events, today, settings: s });

describe('computeLadder: the schedule', () => {
  it('plans reminder 1 the day after the due date', () => {
    const state = run([], '2026-10-20');
    expect(state).toMatchObject({ status: 'active', stage: 'none', daysLate: 0, sendNow: { stage: 'reminder1', templateId: 'reminder1' } });
    expect(state.next).toMatchObject({ kind: 'send-reminder', stage: 'reminder1', templateId: 'reminder1', date: '2026-11-03', dueNow: false });
    expect(state.reason.fr).toContain('Première relance');
    expect(state.reason.fr).toContain('Prévue 1 jour après l’échéance du 2 novembre 2026 : le 3 novembre 2026.');
    expect(state.reason.en).toContain('Planned 1 day after the due date of 2 November 2026: 3 November 2026.');
    expect(state.reason.en).toContain('3 November 2026');
  });

  it('moves a courtesy reminder falling on a Saturday to Monday and says so', () => {
    const state = run([], '2026-11-01', { dueDate: '2026-11-10' }, { ...settings, courtesyEnabled: true });
    expect(state.next).toMatchObject({ stage: 'courtesy', templateId: 'courtesy', date: '2026-11-09' });
    expect(state.reason.fr).toContain('reportée au premier jour ouvré, le 9 novembre 2026');
    expect(state.reason.en).toContain('moved to the next business day, 9 November 2026');
  });

  it('skips the courtesy reminder once the due date has passed', () => {
    const state = run([], '2026-11-05', {}, { ...settings, courtesyEnabled: true });
    expect(state.next?.stage).toBe('reminder1');
  });

  it('skips weekends and public holidays (Christmas on a Friday)', () => {
    expect(run([], '2026-12-01', { dueDate: '2026-12-24' }).next?.date).toBe('2026-12-28');
  });

  it('follows the delays after each reminder', () => {
    const state = run([sent('reminder1', '2026-11-03')], '2026-11-10');
    expect(state.stage).toBe('reminder1');
    expect(state.next).toMatchObject({ stage: 'reminder2', date: '2026-11-17', dueNow: false });
    expect(state.sendNow).toEqual({ stage: 'reminder2', templateId: 'reminder2' });
  });

  it('never skips a stage and spaces a late start like the ladder', () => {
    // Tracked 83 days late: reminder 1 is due now; once sent, reminder 2 waits 14 days (15 − 1), not "due + 15".
    const first = run([], '2026-11-23', { dueDate: '2026-09-01' });
    expect(first.next).toMatchObject({ stage: 'reminder1', date: '2026-09-02', dueNow: true });
    const second = run([sent('reminder1', '2026-11-23')], '2026-11-24', { dueDate: '2026-09-01' });
    expect(second.next).toMatchObject({ stage: 'reminder2', date: '2026-12-07', dueNow: false });
    expect(second.reason.fr).toContain('14 jours après l’étape précédente, envoyée le 23 novembre 2026');
  });

  it('honours edited delays', () => {
    const state = run([], '2026-10-20', {}, { ...settings, ladder: { ...settings.ladder, reminder1: 7 } });
    expect(state.next?.date).toBe('2026-11-09');
  });

  it('mentions the 40 € indemnity at reminder 2 for a business, not for a consumer', () => {
    const events = [sent('reminder1', '2026-11-03')];
    expect(run(events, '2026-11-10').reason.fr).toContain('40 €');
    expect(run(events, '2026-11-10', {}, settings, client({ kind: 'consumer' })).reason.fr).not.toContain('40 €');
  });

  it('goes to the formal notice after the last reminder, then to court once its deadline has run from receipt', () => {
    const events = [sent('reminder1', '2026-09-02'), sent('reminder2', '2026-09-16'), sent('last-reminder', '2026-10-01')];
    expect(run(events, '2026-10-05', { dueDate: '2026-09-01' }).next).toMatchObject({
      kind: 'send-formal-notice',
      stage: 'formal-notice',
      templateId: 'formal-notice',
      date: '2026-10-16',
    });
    const withLetter = [
      ...events,
      ev('letter-sent', '2026-11-02', { sentOn: '2026-11-02', kind: 'formal-notice', trackingNumber: '1A234' }),
      ev('acknowledgement-received', '2026-11-04', { receivedOn: '2026-11-04' }),
    ];
    const state = run(withLetter, '2026-11-10', { dueDate: '2026-09-01' });
    expect(state).toMatchObject({ stage: 'formal-notice', formalNoticeOn: '2026-11-02', formalNoticeReceivedOn: '2026-11-04' });
    expect(state.next).toMatchObject({ kind: 'go-to-court', stage: 'judicial', date: '2026-11-13', dueNow: false });
    expect(state.next?.templateId).toBeUndefined();
    expect(state.sendNow).toEqual({ stage: 'judicial', templateId: 'formal-notice-reminder' });
  });

  it('counts a mise en demeure returned unclaimed from its first presentation (Cass. 1re civ., 20 Jan 2021)', () => {
    const letter = ev('letter-sent', '2026-11-02', { sentOn: '2026-11-02', kind: 'formal-notice', trackingNumber: '1A234' });
    const status = (status: 'notice-left' | 'returned', on: string) => ev('letter-status', on, { trackingNumber: '1A234', status, on, code: 'X' });
    // Only a notice left: receipt not known yet, the deadline is counted from the sending day for now.
    expect(run([letter, status('notice-left', '2026-11-04')], '2026-11-10', { dueDate: '2026-09-01' }).formalNoticeReceivedOn).toBeUndefined();
    // Returned "non réclamé" on 20 November: the 8 days run from the notice left on 4 November, court from 13 November.
    const state = run([letter, status('notice-left', '2026-11-04'), status('returned', '2026-11-20')], '2026-11-21', { dueDate: '2026-09-01' });
    expect(state.formalNoticeReceivedOn).toBe('2026-11-04');
    expect(state.next).toMatchObject({ kind: 'go-to-court', date: '2026-11-13', dueNow: true });
    expect(state.next?.reason.fr).toContain('revenue « non réclamée » : la mise en demeure vaut quand même');
    // The interest a consumer owes runs from that presentation too.
    expect(formalNoticeOf([letter, status('notice-left', '2026-11-04'), status('returned', '2026-11-20')])?.receivedOn).toBe('2026-11-04');
  });

  it('waits for a direct debit before any reminder', () => {
    const state = run([], '2026-11-20', { dueDate: '2026-11-30', directDebitDate: '2026-12-10' });
    expect(state.next).toMatchObject({ stage: 'reminder1', date: '2026-12-11' });
    expect(state.reason.fr).toContain('Pas de relance avant le prélèvement prévu le 10 décembre 2026');
  });
});

describe('computeLadder: what the debtor says', () => {
  it('pauses on a promise until the promised date, then offers "promise not kept"', () => {
    const events = [sent('reminder1', '2026-11-03'), reply('promise', '2026-11-05', '2026-11-30')];
    const waiting = run(events, '2026-11-23');
    expect(waiting).toMatchObject({ status: 'waiting', hold: 'promise', promisedDate: '2026-11-30' });
    expect(waiting.next).toMatchObject({ kind: 'promise-not-kept', templateId: 'promise-not-kept', date: '2026-12-01', dueNow: false });
    expect(waiting.reason.fr).toContain('au plus tard le 30 novembre 2026');
    const broken = run(events, '2026-12-02');
    expect(broken).toMatchObject({ status: 'active', hold: 'promise' });
    expect(broken.next).toMatchObject({ kind: 'promise-not-kept', dueNow: true });
  });

  it('resumes the ladder after the "promise not kept" mail, a week later at the earliest', () => {
    const events = [sent('reminder1', '2026-11-03'), reply('promise', '2026-11-05', '2026-11-20'), sent('reminder1', '2026-11-23', 'promise-not-kept')];
    const state = run(events, '2026-11-24');
    expect(state.hold).toBeUndefined();
    expect(state.next).toMatchObject({ stage: 'reminder2', date: '2026-11-30' });
  });

  it('waits for the user to confirm a claimed payment; a partial payment keeps the ladder going', () => {
    const claimed = run([sent('reminder1', '2026-11-03'), reply('paid', '2026-11-06')], '2026-11-09');
    expect(claimed).toMatchObject({ status: 'waiting', hold: 'payment-claimed' });
    expect(claimed.next).toMatchObject({ kind: 'confirm-payment', dueNow: true });
    const partial = run(
      [
        sent('reminder1', '2026-11-03'),
        reply('paid', '2026-11-06'),
        ev('payment', '2026-11-09', { amount: eur(50000), receivedOn: '2026-11-09', full: false }),
      ],
      '2026-11-10',
      { amountDue: eur(75000) },
    );
    expect(partial).toMatchObject({ status: 'active', amountDue: eur(75000), paid: eur(50000) });
    expect(partial.hold).toBeUndefined();
    expect(partial.next?.stage).toBe('reminder2');
  });

  it('is done once paid in full', () => {
    const state = run([ev('payment', '2026-11-09', { amount: eur(125000), receivedOn: '2026-11-09', full: true })], '2026-11-10');
    expect(state.status).toBe('done');
    expect(state.next).toBeUndefined();
    expect(state.sendNow).toBeUndefined();
  });

  it('stops on a dispute, offers an answer, and resumes when reopened', () => {
    const disputed = run([sent('reminder1', '2026-11-03'), reply('dispute', '2026-11-04')], '2026-11-05');
    expect(disputed).toMatchObject({ status: 'stopped', hold: 'dispute' });
    expect(disputed.next).toMatchObject({ kind: 'answer-dispute', templateId: 'dispute-answer' });
    const answered = run([sent('reminder1', '2026-11-03'), reply('dispute', '2026-11-04'), sent('reminder1', '2026-11-05', 'dispute-answer')], '2026-11-06');
    expect(answered.status).toBe('stopped');
    expect(answered.next).toBeUndefined();
    const reopened = run(
      [sent('reminder1', '2026-11-03'), reply('dispute', '2026-11-04'), ev('status-change', '2026-11-20', { from: 'disputed', to: 'open' })],
      '2026-11-20',
    );
    expect(reopened.status).toBe('active');
    expect(reopened.next?.stage).toBe('reminder2');
  });

  it('offers a payment plan on request and a resend on an information request', () => {
    const plan = run([reply('plan', '2026-11-07')], '2026-11-09');
    expect(plan.next).toMatchObject({ kind: 'offer-payment-plan', templateId: 'payment-plan', date: '2026-11-09', dueNow: true });
    const info = run([reply('info-request', '2026-11-04')], '2026-11-04');
    expect(info.next).toMatchObject({ kind: 'resend-invoice', templateId: 'resend-invoice' });
    const resent = run([reply('info-request', '2026-11-04'), sent('none', '2026-11-04', 'resend-invoice')], '2026-11-05');
    expect(resent.hold).toBeUndefined();
    expect(resent.next).toMatchObject({ stage: 'reminder1', date: '2026-11-12' }); // a week after the resend is 11 November, a holiday
  });

  it('does not count an auto-reply', () => {
    const state = run([sent('reminder1', '2026-11-03'), reply('auto-reply', '2026-11-03')], '2026-11-04');
    expect(state).toMatchObject({ status: 'active', ignoredAutoReplies: 1 });
    expect(state.hold).toBeUndefined();
  });

  it('ignores an event voided by a correction', () => {
    const dispute = ev('dispute', '2026-11-04', { reason: 'wrong invoice' });
    const state = run([dispute, ev('correction', '2026-11-05', { reason: 'misclassified' }, { corrects: dispute.id })], '2026-11-05');
    expect(state.hold).toBeUndefined();
  });
});

describe('computeLadder: the user decides', () => {
  it('an invoice put off for a week waits until that day, then its step is due again by itself', () => {
    const due = run([], '2026-12-04');
    expect(due.next).toMatchObject({ kind: 'send-reminder', dueNow: true });
    const putOff = run([], '2026-12-04', { snoozedUntil: '2026-12-11' });
    expect(putOff).toMatchObject({ status: 'waiting', next: { kind: 'send-reminder', date: '2026-12-11', dueNow: false } });
    expect(putOff.reason.fr).toContain('Remis à plus tard par vous, jusqu’au 11 décembre 2026');
    expect(run([], '2026-12-11', { snoozedUntil: '2026-12-11' })).toEqual(run([], '2026-12-11'));
  });

  it('pauses per invoice and per client, keeping "send now"', () => {
    const byInvoice = run([sent('reminder1', '2026-11-03')], '2026-11-20', { paused: true });
    expect(byInvoice).toMatchObject({ status: 'paused', stage: 'reminder1', sendNow: { stage: 'reminder2', templateId: 'reminder2' } });
    expect(byInvoice.next).toBeUndefined();
    expect(byInvoice.reason.fr).toContain('pour cette facture');
    expect(run([], '2026-11-20', {}, settings, client({ paused: true })).reason.en).toContain('for this whole client');
  });

  it('keeps "send now" available when the next date is in the future', () => {
    expect(run([], '2026-10-01').sendNow).toEqual({ stage: 'reminder1', templateId: 'reminder1' });
  });

  it('follows a stage set by hand', () => {
    const state = run([ev('stage-change', '2026-11-20', { from: 'none', to: 'last-reminder', reason: 'chased by phone' })], '2026-11-21', {
      dueDate: '2026-10-01',
    });
    expect(state.stage).toBe('last-reminder');
    expect(state.next).toMatchObject({ stage: 'formal-notice', date: '2026-12-07' }); // 20 Nov + 15 = 5 Dec, a Saturday
  });
});

describe('computeClientLadder', () => {
  it('sends one reminder for the overdue invoices, following the oldest', () => {
    const old = invoice({ id: 'a', number: 'F-001', dueDate: '2026-09-01', amountDue: eur(100000) });
    const recent = invoice({ id: 'b', number: 'F-002', dueDate: '2026-11-01', amountDue: eur(50000) });
    const notDue = invoice({ id: 'c', number: 'F-003', dueDate: '2026-12-31', amountDue: eur(20000) });
    const promised = invoice({ id: 'd', number: 'F-004', dueDate: '2026-10-01', amountDue: eur(30000) });
    const state = computeClientLadder({
      client: client(),
      invoices: [
        { invoice: recent, events: [] },
        { invoice: old, events: [sent('reminder1', '2026-09-02'), sent('reminder2', '2026-09-16')] },
        { invoice: notDue, events: [] },
        { invoice: promised, events: [reply('promise', '2026-11-20', '2026-12-15')] },
      ],
      today: '2026-11-23',
      settings: { ...settings, groupByClient: true },
    });
    expect(state.covered).toEqual(['a', 'b']);
    expect(state.oldestInvoiceId).toBe('a');
    expect(state.stage).toBe('reminder2');
    expect(state.next).toMatchObject({ stage: 'last-reminder', templateId: 'last-reminder', dueNow: true });
    expect(state.amountDue).toEqual([eur(150000)]);
    expect(state.reason.fr).toContain('les 2 factures échues de ce client');
    expect(state.invoices.d.hold).toBe('promise');
  });
});

describe('computeLadder: issue 22 (plans, deadlines, grouped stage, after the formal notice)', () => {
  const plan = (on: string, instalments: Array<[string, number]>) =>
    ev('plan-agreed', on, { instalments: instalments.map(([date, minor]) => ({ date, amount: eur(minor) })), source: 'user' });
  const pay = (on: string, minor: number, amountDueAfter: number) =>
    [ev('payment', on, { amount: eur(minor), receivedOn: on, full: amountDueAfter === 0 }), amountDueAfter] as const;
  // 1 250 € in three instalments: 416,68 € on 10 Dec 2026, 416,66 € on 11 Jan 2027, 416,66 € on 10 Feb 2027.
  const schedule: Array<[string, number]> = [
    ['2026-12-10', 41668],
    ['2027-01-11', 41666],
    ['2027-02-10', 41666],
  ];

  it('follows an accepted plan: no reminder before an instalment falls due, then one only if it is missed', () => {
    const events = [
      sent('reminder1', '2026-11-03'),
      reply('plan', '2026-11-05'),
      sent('reminder1', '2026-11-06', 'payment-plan'),
      plan('2026-11-09', schedule),
    ];
    const before = run(events, '2026-12-10');
    expect(before).toMatchObject({ status: 'waiting', hold: 'plan' });
    expect(before.next).toMatchObject({ kind: 'instalment-missed', date: '2026-12-11', dueNow: false });
    const [payment, left] = pay('2026-12-10', 41668, 125000 - 41668);
    // First instalment paid: nothing until the second one's date, 11 Jan 2027 (the day after the due date, 8 Dec, would otherwise chase the whole balance).
    for (const day of ['2026-12-11', '2026-12-20', '2027-01-11']) {
      const state = run([...events, payment], day, { amountDue: eur(left) });
      expect(state.status).toBe('waiting');
      expect(state.next).toMatchObject({ kind: 'instalment-missed', date: '2027-01-12', dueNow: false });
      expect(state.plan?.nextInstalment).toEqual({ date: '2027-01-11', amount: eur(41666) });
    }
    const missed = run([...events, payment], '2027-01-12', { amountDue: eur(left) });
    expect(missed).toMatchObject({ status: 'active', hold: 'plan', sendNow: { templateId: 'instalment-missed' } });
    expect(missed.next).toMatchObject({ kind: 'instalment-missed', templateId: 'instalment-missed', dueNow: true });
  });

  it('resumes the ladder when a missed instalment stays unpaid past its reminder’s deadline (a broken plan)', () => {
    const events = [sent('reminder1', '2026-11-03'), plan('2026-11-09', schedule), sent('reminder1', '2026-12-11', 'instalment-missed')];
    // Reminder of 11 Dec + 8 days = 19 Dec (a Saturday) → 21 Dec; broken the next business day, 22 Dec.
    const grace = run(events, '2026-12-15');
    expect(grace).toMatchObject({ status: 'waiting', hold: 'plan' });
    expect(grace.next).toMatchObject({ stage: 'reminder2', date: '2026-12-22', dueNow: false });
    const broken = run(events, '2026-12-22');
    expect(broken.plan?.broken).toEqual({ on: '2026-12-22' });
    expect(broken).toMatchObject({ status: 'active' });
    expect(broken.hold).toBeUndefined();
    expect(broken.next).toMatchObject({ kind: 'send-reminder', stage: 'reminder2', templateId: 'reminder2', dueNow: true });
    expect(broken.reason.fr).toContain('Échéancier rompu');
  });

  it('keeps a plan request open until a plan is offered: another mail does not answer it', () => {
    const other = run([reply('plan', '2026-11-07'), sent('reminder1', '2026-11-09')], '2026-11-10');
    expect(other.hold).toBe('plan-request');
    expect(other.next).toMatchObject({ kind: 'offer-payment-plan' });
    const offered = run([reply('plan', '2026-11-07'), sent('reminder1', '2026-11-09', 'payment-plan')], '2026-11-10');
    expect(offered.hold).toBeUndefined();
  });

  it('plans the formal notice after the last reminder’s deadline, not on it (15-day deadline)', () => {
    const s15 = { ...settings, formalNoticeDeadlineDays: 15 };
    const events = [sent('reminder1', '2026-09-02'), sent('reminder2', '2026-09-16'), sent('last-reminder', '2026-10-01')];
    // Last reminder 1 Oct gives until 16 Oct (+15, a Friday); formal notice (due + 45 = 16 Oct) comes the next business day, 19 Oct.
    const state = run(events, '2026-10-05', { dueDate: '2026-09-01' }, s15);
    expect(state.next).toMatchObject({ stage: 'formal-notice', date: '2026-10-19' });
    expect(state.next?.reason.fr).toContain('lendemain du délai');
  });

  it('after the formal notice, "send now" recalls it instead of writing a new one', () => {
    const events = [sent('last-reminder', '2026-10-01'), sent('formal-notice', '2026-10-19')];
    const state = run(events, '2026-10-22', { dueDate: '2026-09-01' });
    expect(state.stage).toBe('formal-notice');
    expect(state.sendNow).toEqual({ stage: 'judicial', templateId: 'formal-notice-reminder' });
  });

  it('counts business days with the Alsace-Moselle holidays when the user is in Moselle', () => {
    // Due Thursday 2 Apr 2026, reminder 1 on Friday 3 Apr: Good Friday in Moselle, then the weekend and Easter Monday → 7 Apr.
    const moselle = run([], '2026-04-01', { dueDate: '2026-04-02' }, { ...settings, department: '57' });
    expect(moselle.next?.date).toBe('2026-04-07');
    const paris = run([], '2026-04-01', { dueDate: '2026-04-02' });
    expect(paris.next?.date).toBe('2026-04-03');
  });

  it('groups at the stage of the most advanced invoice, not the oldest', () => {
    const old = invoice({ id: 'a', number: 'F-001', dueDate: '2026-09-01', amountDue: eur(100000) });
    const advanced = invoice({ id: 'b', number: 'F-002', dueDate: '2026-09-15', amountDue: eur(50000) });
    const state = computeClientLadder({
      client: client(),
      invoices: [
        { invoice: old, events: [] },
        {
          invoice: advanced,
          events: [sent('reminder1', '2026-09-16'), sent('reminder2', '2026-10-01'), sent('last-reminder', '2026-10-16')].map((e) => ({
            ...e,
            invoiceId: 'b',
          })),
        },
      ],
      today: '2026-11-23',
      settings: { ...settings, groupByClient: true },
    });
    expect(state.oldestInvoiceId).toBe('a');
    expect(state.leadInvoiceId).toBe('b');
    expect(state.next).toMatchObject({ stage: 'formal-notice', templateId: 'formal-notice' });
    expect(state.reason.fr).toContain('la plus avancée (F-002)');
  });
});
