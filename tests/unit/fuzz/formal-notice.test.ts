/** Fuzz: the mise en demeure DOCX with hostile names (fewer runs: packing a DOCX costs tens of milliseconds). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFormalNotice } from '../../../utils/export/formal-notice';
import { addDays } from '../../../utils/calendar/iso-date';
import { xmlSafeText } from '../../../utils/export/xml-safe-text';
import { readDocx } from '../export/docx-reader';
import { isoDay } from './arbitrary-events';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const party = fc.record({
  name: hostileString(60).filter((s) => s.trim() !== ''),
  address: fc.array(hostileString(40), { maxLength: 3 }),
  email: fc.option(hostileString(30), { nil: undefined }),
  representative: fc.option(hostileString(30), { nil: undefined }),
});

const notice = fc
  .record({
    creditor: party.map((p) => ({ ...p, iban: 'FR7630006000011234567890189', city: 'Lyon' })),
    debtor: fc.tuple(party, fc.constantFrom('business' as const, 'consumer' as const)).map(([p, kind]) => ({ ...p, kind })),
    invoices: fc.array(
      fc.record({
        number: hostileString(20),
        issueDate: isoDay,
        dueDate: isoDay,
        amountDue: fc.record({ minor: fc.integer({ min: 1, max: 1e10 }), currency: fc.constant('EUR') }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    // A formal notice is for invoices already overdue (renderFormalNotice refuses the others): the letter comes after every due date.
    daysAfter: fc.integer({ min: 1, max: 2_000 }),
    language: fc.constantFrom('fr' as const, 'en' as const),
  })
  .map(({ daysAfter, ...rest }) => ({
    ...rest,
    asOf: addDays(
      rest.invoices
        .map((i) => i.dueDate)
        .sort()
        .at(-1)!,
      daysAfter,
    ),
  }));

/** A name's first line as Word will show it (characters XML cannot carry dropped). */
const shown = (text: string) => xmlSafeText(text).split(/\r\n|\r|\n/)[0];

describe('fuzz: formal notice DOCX', () => {
  it('refuses an invoice not yet due with a clear error, not a broken file', async () => {
    const input = {
      creditor: { name: 'Studio' },
      debtor: { name: 'Client', kind: 'business' as const },
      invoices: [{ number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-12-01', amountDue: { minor: 100, currency: 'EUR' } }],
      asOf: '2026-11-23',
    };
    await expect(renderFormalNotice(input)).rejects.toThrow(/F-1/);
  });

  it('hostile names, addresses and invoice numbers: a strictly well-formed DOCX that shows the names as written', async () => {
    await fuzz(
      'renderFormalNotice',
      notice,
      async (input) => {
        const docx = await renderFormalNotice(input);
        const { text } = await readDocx(docx); // throws on any part that is not well-formed XML
        expect(text).toContain(shown(input.debtor.name));
        expect(text).toContain(shown(input.creditor.name));
        if (!/undefined|NaN|object/.test(JSON.stringify(input))) expect(text).not.toMatch(/undefined|NaN|\[object /);
      },
      { runs: 60, caseMs: 3_000 },
    );
  });
});
