/** Fuzz: CSV import (parse → map columns → read rows → plan). Any text answers in bounded time; a written table reads back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../utils/import/column-mapping';
import { mapRows } from '../../../utils/import/map-rows';
import { parseCsv } from '../../../utils/import/parse-csv';
import { planImport } from '../../../utils/import/plan-import';
import { toDayNumber } from '../../../utils/calendar/iso-date';
import { formatMoney } from '../../../utils/templates/format-money';
import { shortDate } from '../../../utils/export/short-date';
import { isoDay } from './arbitrary-events';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const DEFAULTS = { currency: 'EUR', paymentTermsDays: 30 };
const HEADERS = ['Numéro', 'Client', 'E-mail', 'Date de facture', "Date d'échéance", 'Montant TTC', 'Reste à payer'];

/** One CSV cell written the way spreadsheets do (quotes doubled when needed). */
const cell = (value: string, delimiter: string) => (/["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value);

function importAll(text: string) {
  const table = parseCsv(text);
  const rows = mapRows(table, guessMapping(table.headers), DEFAULTS);
  return { table, rows, plan: planImport(rows, [{ id: 'k1', number: 'F-2026-101', clientName: 'Agence Lumière', clientEmails: ['compta@lumiere.fr'] }]) };
}

describe('fuzz: CSV import', () => {
  it('any text: every row is an invoice or a list of problems, amounts safe, dates real, plan covers every row', async () => {
    const text = fc.oneof(
      hostileString(300),
      fc
        .array(fc.array(hostileString(20), { maxLength: 8 }), { maxLength: 12 })
        .chain((rows) => fc.constantFrom(';', ',', '\t').map((d) => [HEADERS, ...rows].map((r) => r.map((c) => cell(c, d)).join(d)).join('\r\n'))),
    );
    await fuzz(
      'CSV import on any text',
      text,
      (input) => {
        const { table, rows, plan } = importAll(input);
        expect(rows).toHaveLength(table.rows.length);
        for (const row of rows) {
          expect(row.invoice !== undefined || row.problems.length > 0).toBe(true);
          if (!row.invoice) continue;
          for (const money of [row.invoice.amountDue, row.invoice.total]) {
            expect(Number.isSafeInteger(money.minor)).toBe(true);
            expect(money.currency).toMatch(/^[A-Z]{3}$/);
          }
          expect(row.invoice.amountDue.minor).toBeGreaterThanOrEqual(0);
          expect(() => toDayNumber(row.invoice!.issueDate)).not.toThrow();
          expect(() => toDayNumber(row.invoice!.dueDate)).not.toThrow();
        }
        expect(plan.flatMap((p) => p.lines).sort((a, b) => a - b)).toEqual(rows.map((r) => r.line));
      },
      { runs: 800, caseMs: 500 },
    );
  });

  it('a French export of random invoices reads back: number, client, amounts and dates as written', async () => {
    const invoice = fc.record({
      number: fc.stringMatching(/^[A-Z]{1,3}-20\d\d-\d{1,5}$/),
      client: hostileString(30).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)),
      issueDate: isoDay,
      dueDate: isoDay,
      total: fc.integer({ min: 0, max: 1e10 }),
      paid: fc.integer({ min: 0, max: 1e10 }),
    });
    const input = fc.tuple(fc.uniqueArray(invoice, { minLength: 1, maxLength: 10, selector: (i) => i.number }), fc.constantFrom(';', ','));
    await fuzz(
      'CSV import round trip',
      input,
      ([invoices, delimiter]) => {
        const lines = invoices.map((i) => {
          const due = Math.max(0, i.total - i.paid);
          return [
            i.number,
            i.client,
            'compta@example.fr',
            shortDate(i.issueDate, 'fr'),
            shortDate(i.dueDate, 'fr'),
            formatMoney({ minor: i.total, currency: 'EUR' }, 'fr'),
            formatMoney({ minor: due, currency: 'EUR' }, 'fr'),
          ];
        });
        const text = '\uFEFF' + [HEADERS, ...lines].map((r) => r.map((c) => cell(c, delimiter)).join(delimiter)).join('\r\n');
        const { rows } = importAll(text);
        expect(rows.map((r) => r.problems)).toEqual(invoices.map(() => []));
        expect(
          rows.map(
            (r) =>
              r.invoice && {
                number: r.invoice.number,
                clientName: r.invoice.clientName,
                issueDate: r.invoice.issueDate,
                dueDate: r.invoice.dueDate,
                total: r.invoice.total.minor,
                due: r.invoice.amountDue.minor,
              },
          ),
        ).toEqual(
          invoices.map((i) => ({
            number: i.number,
            clientName: i.client.trim(),
            issueDate: i.issueDate,
            dueDate: i.dueDate,
            total: i.total,
            due: Math.max(0, i.total - i.paid),
          })),
        );
      },
      { runs: 300, caseMs: 500 },
    );
  });
});
