/** Fuzz: the timeline CSV. Whatever the mails and notes said, no cell a spreadsheet reads starts a formula, and every cell reads back. */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, timelineCsv } from '../../../utils/export/timeline-csv';
import { eventDraft, sealChain } from './arbitrary-events';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Parses CSV as a spreadsheet would (RFC 4180 quoting). */
function readCsv(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n', skipEmptyLines: false });
  const rows = parsed.data;
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop(); // the final CRLF
  return rows;
}

describe('fuzz: timeline CSV', () => {
  it('csvCell: reads back as the value (apostrophe-prefixed when it would start a formula), one cell, never a formula', async () => {
    await fuzz(
      'csvCell',
      fc.tuple(hostileString(60), fc.constantFrom(',', ';')),
      ([value, delimiter]) => {
        const rows = readCsv(`${csvCell(value)}${delimiter}end\r\n`, delimiter);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toHaveLength(2);
        expect(rows[0][0]).not.toMatch(FORMULA_START);
        expect(rows[0][0]).toBe(FORMULA_START.test(value) ? `'${value}` : value);
      },
      { runs: 2_000, caseMs: 250 },
    );
  });

  it('timelineCsv of hostile events: one row per event plus the header, same width, no cell starting a formula', async () => {
    const input = fc.tuple(
      fc.array(eventDraft, { maxLength: 8 }),
      fc.constantFrom('fr' as const, 'en' as const),
      fc.constantFrom(',' as const, ';' as const),
      hostileString(20),
    );
    await fuzz(
      'timelineCsv',
      input,
      async ([drafts, language, delimiter, number]) => {
        const events = await sealChain('inv', drafts);
        const csv = timelineCsv({ invoices: [{ id: 'inv', number }], events, language, delimiter });
        const rows = readCsv(csv, delimiter);
        expect(rows).toHaveLength(events.length + 1);
        for (const row of rows) {
          expect(row).toHaveLength(rows[0].length);
          for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
        }
        // Every event is there, each under its own hash (second-to-last column).
        expect(
          rows
            .slice(1)
            .map((row) => row.at(-2))
            .sort(),
        ).toEqual(events.map((event) => event.hash).sort());
      },
      { runs: 300, caseMs: 500 },
    );
  });
});
