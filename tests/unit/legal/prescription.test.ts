import { describe, expect, it } from 'vitest';
import { computePrescription } from '../../../utils/legal/prescription';
import type { EventKind, EventPayloads, TimelineEvent } from '../../../utils/model/event';

let seq = 0;
function ev<K extends EventKind>(kind: K, occurredOn: string, data: EventPayloads[K]): TimelineEvent {
  seq += 1;
  return { id: `e${seq}`, invoiceId: 'i', seq, kind, data, recordedAt: '', occurredOn, prevHash: '', hash: '' } as TimelineEvent;
}
const promiseReply = (on: string) =>
  ev('reply-received', on, { messageId: 'm', from: { email: 'a@b.fr' }, excerpt: 'Je vous règle le 15', kind: 'promise', receivedAt: `${on}T09:00:00Z` });

describe('computePrescription', () => {
  it('gives 5 years between businesses from the end of the work the user entered', () => {
    const p = computePrescription({
      debtor: 'business',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      workFinishedOn: '2026-09-20',
      events: [],
      today: '2026-11-23',
    });
    expect(p).toMatchObject({ years: 5, reference: 'C. com. L110-4', startsOn: '2026-09-20', lastDay: '2031-09-20', warning: 'none' });
    expect(p.startAssumed).toBeUndefined();
    expect(p.reason.fr).toContain('dernier jour pour agir en justice le 20 septembre 2031');
    expect(p.reason.fr).not.toContain('Point de départ retenu');
  });

  it('without an end-of-work date, starts at the invoice date (not the due date) and says the period may end earlier', () => {
    const p = computePrescription({ debtor: 'business', issueDate: '2026-10-01', dueDate: '2026-10-31', events: [], today: '2026-11-23' });
    expect(p).toMatchObject({ startsOn: '2026-10-01', lastDay: '2031-10-01', startAssumed: true });
    expect(p.reason.fr).toContain('Point de départ retenu : la date de la facture (1er octobre 2026)');
    expect(p.reason.fr).toContain('Cass. com., 26 février 2020, n° 18-25.036');
  });

  it('with the invoice date unknown too, never calls its stand-in the invoice date', () => {
    const p = computePrescription({
      debtor: 'business',
      issueDate: '2026-10-31',
      issueDateUnknown: true,
      dueDate: '2026-10-31',
      events: [],
      today: '2026-11-23',
    });
    expect(p).toMatchObject({ startsOn: '2026-10-31', startAssumed: true });
    expect(p.reason.fr).not.toContain('la date de la facture');
    expect(p.reason.en).not.toContain('the invoice date (');
    expect(p.reason.fr).toContain('faute de date de facture et de date d’achèvement des travaux');
    expect(p.reason.en).toContain('if it was finished earlier, the period ends earlier');
  });

  it('restarts the full period from a written promise to pay (C. civ. 2240)', () => {
    const promise = promiseReply('2027-03-01');
    const p = computePrescription({ debtor: 'business', issueDate: '2026-10-01', dueDate: '2026-10-31', events: [promise], today: '2027-03-02' });
    expect(p).toMatchObject({
      startsOn: '2027-03-01',
      lastDay: '2032-03-01',
      interruptedBy: { eventId: promise.id, on: '2027-03-01', kind: 'written-promise' },
    });
    expect(p.reason.fr).toContain('reconnaissance de dette (C. civ. 2240)');
  });

  it('restarts from a partial payment, and not from a formal notice', () => {
    const events = [
      ev('payment', '2027-01-15', { amount: { minor: 10000, currency: 'EUR' }, receivedOn: '2027-01-15', full: false }),
      ev('letter-sent', '2027-06-01', { sentOn: '2027-06-01', kind: 'formal-notice' }),
    ];
    const p = computePrescription({ debtor: 'business', issueDate: '2026-10-01', dueDate: '2026-10-31', events, today: '2027-06-02' });
    expect(p.lastDay).toBe('2032-01-15');
    expect(p.interruptedBy?.kind).toBe('partial-payment');
    expect(p.reason.fr).toContain('La mise en demeure du 1er juin 2027 n’interrompt pas la prescription (Cass. com., 18 mai 2022, n° 20-23.204)');
  });

  it('does not count a promise noted from a call, and says why', () => {
    const p = computePrescription({
      debtor: 'business',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      events: [ev('promise', '2027-02-01', { source: 'call', promisedDate: '2027-02-15' })],
      today: '2027-02-02',
    });
    expect(p.lastDay).toBe('2031-10-01');
    expect(p.interruptedBy).toBeUndefined();
    expect(p.reason.en).toContain('is not in writing');
  });

  it('gives 2 years against a consumer from the invoice date and warns as the end nears', () => {
    const base = { debtor: 'consumer' as const, issueDate: '2025-01-10', dueDate: '2025-02-09', events: [] };
    expect(computePrescription({ ...base, today: '2026-06-01' })).toMatchObject({
      years: 2,
      reference: 'C. conso. L218-2',
      lastDay: '2027-01-10',
      warning: 'none',
    });
    expect(computePrescription({ ...base, today: '2026-10-01' })).toMatchObject({ warning: 'approaching', daysLeft: 101 });
    const imminent = computePrescription({ ...base, today: '2026-12-20' });
    expect(imminent).toMatchObject({ warning: 'imminent', daysLeft: 21 });
    expect(imminent.reason.fr).toContain('Plus que 21 jours');
    expect(computePrescription({ ...base, today: '2027-01-11' }).warning).toBe('expired');
  });

  it('ends on 28 February when the period starts on 29 February', () => {
    const p = computePrescription({
      debtor: 'consumer',
      issueDate: '2028-01-01',
      dueDate: '2028-01-31',
      events: [promiseReply('2028-02-29')],
      today: '2028-03-01',
    });
    expect(p.lastDay).toBe('2030-02-28');
  });

  it('does not revive a time-barred debt: a promise after the period ran out leaves it "prescrite depuis …"', () => {
    // Consumer work invoiced 1 Jan 2022: time-barred on 1 Jan 2024; a written promise on 1 Jun 2024 changes nothing.
    const promise = promiseReply('2024-06-01');
    const p = computePrescription({ debtor: 'consumer', issueDate: '2022-01-01', dueDate: '2022-01-31', events: [promise], today: '2024-07-01' });
    expect(p).toMatchObject({
      warning: 'expired',
      lastDay: '2024-01-01',
      expiredOn: '2024-01-01',
      lateAcknowledgement: { eventId: promise.id, on: '2024-06-01', kind: 'written-promise' },
    });
    expect(p.interruptedBy).toBeUndefined();
    expect(p.reason.fr).toContain('Créance prescrite depuis le 1er janvier 2024');
    expect(p.reason.fr).toContain('ne la fait pas revivre');
    expect(p.reason.fr).toContain('C. civ. 2250-2251');
    // The same promise while the period still ran restarts it.
    const inTime = computePrescription({
      debtor: 'consumer',
      issueDate: '2022-01-01',
      dueDate: '2022-01-31',
      events: [promiseReply('2023-06-01')],
      today: '2024-07-01',
    });
    expect(inTime).toMatchObject({ warning: 'none', lastDay: '2025-06-01' });
  });

  it('counts a written request for a payment plan as an acknowledgement (fact 27)', () => {
    const request = ev('reply-received', '2027-02-01', {
      messageId: 'm',
      from: { email: 'a@b.fr' },
      excerpt: 'Pourrions-nous payer en trois fois ?',
      kind: 'plan',
      receivedAt: '2027-02-01T09:00:00Z',
    });
    const p = computePrescription({ debtor: 'business', issueDate: '2026-10-01', dueDate: '2026-10-31', events: [request], today: '2027-02-02' });
    expect(p).toMatchObject({ lastDay: '2032-02-01', interruptedBy: { kind: 'plan-request', on: '2027-02-01' } });
    expect(p.reason.fr).toContain('la demande écrite d’échéancier du client vaut reconnaissance de dette');
  });
});
