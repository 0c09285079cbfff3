/** Fuzz: detectInvoice and classifyReply. Any mail answers fast with a well-formed result; hostile metadata never hides a clear invoice or promise. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectInvoice, type InvoiceCandidate } from '../../../utils/detect/invoice';
import { classifyReply } from '../../../utils/detect/reply';
import { toDayNumber } from '../../../utils/calendar/iso-date';
import type { MailMessage } from '../../../utils/mail/types';
import { fuzz } from './fuzz-run';
import { hostileString, mailLikeText } from './hostile-strings';

const KINDS = ['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other'];
const oneLine = (max: number) => hostileString(max).map((s) => s.replace(/[\r\n\u2028\u2029\u0085\u000B\u000C]/g, ' '));
const address = fc.record({ name: fc.option(hostileString(40), { nil: undefined }), email: hostileString(30) }, { requiredKeys: ['email'] });
const timestamp = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().replace('Z', '+01:00'));

const message = (text: fc.Arbitrary<string>, subject: fc.Arbitrary<string>): fc.Arbitrary<MailMessage> =>
  fc.record({
    id: fc.string({ maxLength: 10 }),
    subject,
    from: address,
    to: fc.array(address, { maxLength: 3 }),
    date: fc.oneof(timestamp, hostileString(20)),
    text,
    attachments: fc.array(fc.record({ name: hostileString(30) }), { maxLength: 3 }),
  });

function checkCandidate(candidate: InvoiceCandidate | null): void {
  if (candidate === null) return;
  expect(candidate.confidence).toBeGreaterThanOrEqual(0);
  expect(candidate.confidence).toBeLessThanOrEqual(1);
  if (candidate.amountDue) {
    expect(Number.isSafeInteger(candidate.amountDue.minor)).toBe(true);
    expect(candidate.amountDue.currency).toMatch(/^[A-Z]{3}$/);
  }
  for (const date of [candidate.issueDate, candidate.dueDate]) if (date !== undefined) expect(() => toDayNumber(date)).not.toThrow();
  if (candidate.number !== undefined) expect(candidate.number.trim()).not.toBe('');
}

describe('fuzz: detection', () => {
  it('detectInvoice on any mail: null or a well-formed candidate, input untouched', async () => {
    await fuzz(
      'detectInvoice any mail',
      message(fc.oneof(mailLikeText(30), hostileString(300)), fc.oneof(mailLikeText(1), hostileString(60))),
      (mail) => {
        const before = structuredClone(mail);
        checkCandidate(detectInvoice(mail));
        expect(mail).toEqual(before);
      },
      { runs: 1_500, caseMs: 250 },
    );
  });

  it('a clear invoice mail stays detected whatever the names, recipients, attachments and date carry', async () => {
    const text = 'Bonjour,\n\nVeuillez trouver ci-joint la facture F-2026-014 d’un montant de 1 250,00 € TTC, à régler avant le 15/12/2026.\n\nCordialement';
    await fuzz(
      'detectInvoice hostile metadata',
      message(fc.constant(text), fc.constant('Facture F-2026-014')),
      (mail) => {
        const candidate = detectInvoice({ ...mail, date: '2026-11-15T10:00:00+01:00' });
        expect(candidate).not.toBeNull();
        expect(candidate).toMatchObject({ number: 'F-2026-014', amountDue: { minor: 125000, currency: 'EUR' }, dueDate: '2026-12-15' });
      },
      { runs: 800, caseMs: 250 },
    );
  });

  it('classifyReply on any text and date: a known kind, confidence in 0..1, a real promised date', async () => {
    await fuzz(
      'classifyReply any text',
      fc.tuple(fc.oneof(mailLikeText(30), hostileString(300)), fc.oneof(timestamp, hostileString(20))),
      ([text, receivedAt]) => {
        const reply = classifyReply(text, receivedAt);
        expect(KINDS).toContain(reply.kind);
        expect(reply.confidence).toBeGreaterThanOrEqual(0);
        expect(reply.confidence).toBeLessThanOrEqual(1);
        if (reply.promisedDate !== undefined) expect(() => toDayNumber(reply.promisedDate!)).not.toThrow();
      },
      { runs: 1_500, caseMs: 250 },
    );
  });

  it('a clear promise stays a promise for its date, whatever the quoted history below says', async () => {
    const quoted = fc.array(oneLine(60), { maxLength: 10 }).map((lines) => lines.map((l) => `> ${l}`).join('\n'));
    await fuzz(
      'classifyReply hostile quotes',
      quoted,
      (history) => {
        const text = `Bonjour,\nJe vous règlerai la facture le 15/12/2026.\nCordialement\n\nLe 10/11/2026 à 10:00, Camille a écrit :\n${history}`;
        expect(classifyReply(text, '2026-11-20T10:00:00+01:00')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
      },
      { runs: 800, caseMs: 250 },
    );
  });
});
