import { describe, expect, it } from 'vitest';
import { invoiceListCsv } from '../../../utils/dashboard/invoice-list-csv';
import { createTranslator } from '../../../utils/i18n/translate';
import { parseCsv } from '../../../utils/import/parse-csv';
import { summary } from './summaries';

const list = [
  summary({
    number: 'F-1',
    clientName: 'Dupont; Fils & Cie',
    amountDue: { minor: 1_250_50, currency: 'EUR' },
    daysLate: 12,
    stage: 'reminder1',
    nextActionDate: '2026-03-12',
  }),
  summary({ number: '=HYPERLINK("x")', clientName: 'Café "du" Port', status: 'paid', amountDue: { minor: 0, currency: 'EUR' } }),
];

describe('invoiceListCsv', () => {
  it('writes a French spreadsheet: semicolons, decimal comma, BOM, CRLF, quoted cells', () => {
    const csv = invoiceListCsv(list, 'fr', createTranslator('fr'));
    expect(csv.startsWith('\uFEFFN° de facture;Client;')).toBe(true);
    expect(csv).toContain('\r\nF-1;"Dupont; Fils & Cie";2025-12-01;2026-01-01;"1250,50";EUR;12;Relance 1;');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('defuses formulas and reads back through the importer', () => {
    const table = parseCsv(invoiceListCsv(list, 'en', createTranslator('en')));
    expect(table.delimiter).toBe(',');
    expect(table.rows[0].slice(0, 5)).toEqual(['F-1', 'Dupont; Fils & Cie', '2025-12-01', '2026-01-01', '1250.50']);
    expect(table.rows[1][0]).toBe('\'=HYPERLINK("x")');
    expect(table.rows[1][1]).toBe('Café "du" Port');
  });
});
