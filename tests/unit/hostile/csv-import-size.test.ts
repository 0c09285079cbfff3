/** A large CSV export must not hold the background: planning an import has to stay near-linear in the rows. */
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../utils/import/column-mapping';
import { mapRows } from '../../../utils/import/map-rows';
import { parseCsv } from '../../../utils/import/parse-csv';
import { planImport, type KnownInvoice } from '../../../utils/import/plan-import';

function invoiceExport(rows: number): string {
  const lines = ['Numéro;Client;E-mail;Date de facture;Montant TTC'];
  for (let i = 0; i < rows; i++) lines.push(`F-${i};Client ${i % 300};c${i % 300}@exemple.fr;15/01/2026;1 200,00`);
  return lines.join('\r\n');
}

const KNOWN: KnownInvoice[] = Array.from({ length: 500 }, (_, i) => ({
  id: `k${i}`,
  number: `G-${i}`,
  clientName: `Client ${i % 300}`,
  clientEmails: [`c${i % 300}@exemple.fr`],
}));

describe('CSV import size', () => {
  it('parses and maps 20 000 rows (1 MB) in bounded time', () => {
    const started = performance.now();
    const table = parseCsv(invoiceExport(20_000));
    expect(mapRows(table, guessMapping(table.headers), { currency: 'EUR', paymentTermsDays: 30 }).filter((r) => r.invoice)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  // planImport indexes planned rows and known invoices by folded number: each row meets only its namesakes (linear).
  it('plans a 2 000-row import against 500 known invoices within 300 ms', () => {
    const table = parseCsv(invoiceExport(2_000));
    const rows = mapRows(table, guessMapping(table.headers), { currency: 'EUR', paymentTermsDays: 30 });
    const started = performance.now();
    expect(planImport(rows, KNOWN)).toHaveLength(2_000);
    expect(performance.now() - started).toBeLessThan(300);
  });
});
