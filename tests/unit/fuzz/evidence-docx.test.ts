/** Fuzz: the evidence DOCX (dossier de recouvrement) with hostile names and mail text in every event (few runs: DOCX packing is slow). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEvidenceDocx } from '../../../utils/export/evidence-docx';
import { xmlSafeText } from '../../../utils/export/xml-safe-text';
import { readDocx } from '../export/docx-reader';
import { eventDraft, isoDay, sealChain } from './arbitrary-events';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const input = fc.record({
  clientName: hostileString(40).filter((s) => s.trim() !== ''),
  creditorName: hostileString(40).filter((s) => s.trim() !== ''),
  number: hostileString(20),
  issueDate: isoDay,
  dueDate: isoDay,
  asOf: isoDay,
  drafts: fc.array(eventDraft, { maxLength: 12 }),
  language: fc.constantFrom('fr' as const, 'en' as const),
});

/** A text's first line as Word shows it (characters XML cannot carry dropped). */
const shown = (text: string) => xmlSafeText(text).split(/\r\n|\r|\n/)[0];

describe('fuzz: evidence DOCX', () => {
  it('hostile names and event texts: a strictly well-formed DOCX naming the client and every event hash', async () => {
    await fuzz(
      'renderEvidenceDocx',
      input,
      async (s) => {
        const events = await sealChain('i1', s.drafts);
        const money = { minor: 125000, currency: 'EUR' };
        const docx = await renderEvidenceDocx({
          creditor: { name: s.creditorName },
          client: { name: s.clientName, kind: 'business' },
          invoices: [{ id: 'i1', number: s.number, issueDate: s.issueDate, dueDate: s.dueDate, total: money, amountDue: money, status: 'open' }],
          events,
          asOf: s.asOf,
          language: s.language,
        });
        const { text } = await readDocx(docx); // throws on any part that is not well-formed XML
        expect(text).toContain(shown(s.clientName));
        for (const event of events) expect(text).toContain(event.hash);
        if (!/undefined|NaN|object/.test(JSON.stringify(s))) expect(text).not.toMatch(/undefined|NaN|\[object /);
      },
      { runs: 30, caseMs: 5_000 },
    );
  });
});
