import { describe, expect, it } from 'vitest';
import { computeClientLadder, computeLadder } from '../../../utils/legal/ladder';
import type { Client } from '../../../utils/model/client';
import type { EventKind, EventPayloads, TimelineEvent } from '../../../utils/model/event';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';

const eur = (minor: number) => ({ minor, currency: 'EUR' });

function invoice(over: Partial<Invoice> = {}): Invoice {
  return {
    id: 'inv-1', number: 'F-2026-014', clientId: 'c-1', issueDate: '2026-10-01', dueDate: '2026-11-02',
    total: eur(125000), amountDue: eur(125000), status: 'open', stage: 'none', sources: [], threadIds: [],
    createdAt: '2026-10-01T09:00:00Z', updatedAt: '2026-10-01T09:00:00Z', rev: 1, ...over,
  };
}

const client = (over: Partial<Client> = {}): Client => ({
  id: 'c-1', name: 'Atelier Dupont', emails: [{ email: 'compta@dupont.fr' }], kind: 'business', language: 'fr',
  createdAt: '2026-10-01T09:00:00Z', updatedAt: '2026-10-01T09:00:00Z', rev: 1, ...over,
});

let seq = 0;
function ev<K extends EventKind>(kind: K, occurredOn: string, data: EventPayloads[K], extra: Partial<TimelineEvent<K>> = {}): TimelineEvent {
  seq += 1;
  return { id: `e${seq}`, invoiceId: 'inv-1', seq, kind, data, recordedAt: `${occurredOn}T10:00:00Z`, occurredOn, prevHash: '', hash: '', ...extra } as TimelineEvent;
}
const sent = (stage: TimelineEvent<'reminder-sent'>['data']['stage'], on: string, templateId?: string) =>
  ev('reminder-sent', on, { stage, ...(templateId ? { templateId } : {}), to: [{ email: 'compta@dupont.fr' }], subject: 's', body: 'b', bodySha256: 'x' });
const reply = (kind: TimelineEvent<'reply-received'>['data']['kind'], on: string, promisedDate?: string) =>
  ev('reply-received', on, { messageId: `m-${on}`, from: { email: 'compta@dupont.fr' }, excerpt: '…', kind, receivedAt: `${on}T08:00:00+01:00`, ...(promisedDate ? { promisedDate } : {}) });

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
    expect(run(events, '2026-10-05', { dueDate: '2026-09-01' }).next).toMatchObject({ kind: 'send-formal-notice', stage: 'formal-notice', templateId: 'formal-notice', date: '2026-10-16' });
    const withLetter = [...events, ev('letter-sent', '2026-11-02', { sentOn: '2026-11-02', kind: 'formal-notice', trackingNumber: '1A234' }), ev('acknowledgement-received', '2026-11-04', { receivedOn: '2026-11-04' })];
    const state = run(withLetter, '2026-11-10', { dueDate: '2026-09-01' });
    expect(state).toMatchObject({ stage: 'formal-notice', formalNoticeOn: '2026-11-02', formalNoticeReceivedOn: '2026-11-04' });
    expect(state.next).toMatchObject({ kind: 'go-to-court', stage: 'judicial', date: '2026-11-13', dueNow: false });
    expect(state.next?.templateId).toBeUndefined();
    expect(state.sendNow).toEqual({ stage: 'judicial', templateId: 'formal-notice' });
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
      [sent('reminder1', '2026-11-03'), reply('paid', '2026-11-06'), ev('payment', '2026-11-09', { amount: eur(50000), receivedOn: '2026-11-09', full: false })],
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
    const state = run([ev('stage-change', '2026-11-20', { from: 'none', to: 'last-reminder', reason: 'chased by phone' })], '2026-11-21', { dueDate: '2026-10-01' });
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
