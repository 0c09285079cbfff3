import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping, headerSetKey, mappingFor } from '../../../utils/import/column-mapping';
import { mapRows } from '../../../utils/import/map-rows';
import { parseCsv } from '../../../utils/import/parse-csv';
import { planImport } from '../../../utils/import/plan-import';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/csv', name), 'utf8');
const DEFAULTS = { currency: 'EUR', paymentTermsDays: 30 };

describe('parseCsv', () => {
  it('reads a French export: BOM, semicolons, CRLF', () => {
    const table = parseCsv(fixture('pennylane-fr.csv'));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Numéro', 'Client', 'E-mail', 'Date de facture', "Date d'échéance", 'Total HT', 'Montant TTC', 'Reste à payer']);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]).toEqual(['F-2026-101', 'Agence Lumière', 'compta@lumiere.fr', '15/01/2026', '14/02/2026', '1 000,00', '1 200,00', '1 200,00']);
  });
  it('reads quoted commas', () => {
    const table = parseCsv(fixture('invoice-ninja-en.csv'));
    expect(table.delimiter).toBe(',');
    expect(table.rows[0][5]).toBe('1,500.00');
  });
});

describe('guessMapping', () => {
  it('maps French headers, leaving "Total HT" out of the amounts', () => {
    expect(guessMapping(parseCsv(fixture('pennylane-fr.csv')).headers)).toEqual({
      number: 'Numéro',
      clientName: 'Client',
      clientEmail: 'E-mail',
      issueDate: 'Date de facture',
      dueDate: "Date d'échéance",
      total: 'Montant TTC',
      amountDue: 'Reste à payer',
    });
  });
  it('maps English headers', () => {
    expect(guessMapping(parseCsv(fixture('invoice-ninja-en.csv')).headers)).toEqual({
      number: 'Invoice Number',
      clientName: 'Client',
      clientEmail: 'Client Email',
      issueDate: 'Invoice Date',
      dueDate: 'Due Date',
      total: 'Amount',
      amountDue: 'Balance',
      currency: 'Currency',
    });
  });
  it('remembers a mapping per header set, whatever the column order', () => {
    const key = headerSetKey(['Réf', 'Société', 'Somme']);
    expect(headerSetKey(['somme', 'REF', 'societe'])).toBe(key);
    const remembered = { [key]: { number: 'Réf', clientName: 'Société', amountDue: 'Somme', dueDate: 'Gone' } };
    expect(mappingFor(['Somme', 'Réf', 'Société'], remembered)).toEqual({ number: 'Réf', clientName: 'Société', amountDue: 'Somme' });
    expect(mappingFor(['Numéro', 'Client'], remembered)).toEqual({ number: 'Numéro', clientName: 'Client' });
  });
});

describe('mapRows + planImport', () => {
  it('reads each row, reports bad rows with their line, and merges a known invoice', () => {
    const table = parseCsv(fixture('pennylane-fr.csv'));
    const rows = mapRows(table, guessMapping(table.headers), DEFAULTS);
    expect(rows[1].invoice).toEqual({
      number: 'F-2026-102',
      clientName: 'Café du Port',
      clientEmail: 'patron@cafeduport.fr',
      clientKind: 'business',
      amountDue: { minor: 280_00, currency: 'EUR' },
      total: { minor: 480_00, currency: 'EUR' },
      issueDate: '2026-01-20',
      dueDate: '2026-02-19',
    });
    expect(rows[3]).toEqual({ line: 5, problems: ['import_err_number'] });
    expect(rows[4]).toEqual({ line: 6, problems: ['import_err_amount'] });

    const plan = planImport(rows, [{ id: 'inv-14', number: 'F-2026-014', clientName: 'Durand', clientEmails: ['factures@durand.fr'] }]);
    expect(plan.map((p) => [p.action, p.lines])).toEqual([
      ['create', [2]],
      ['create', [3]],
      ['merge', [4]],
      ['skip', [5]],
      ['skip', [6]],
    ]);
    expect(plan[2]).toMatchObject({ existingId: 'inv-14' });
  });

  it('folds a repeated row into the first, the later figures winning', () => {
    const table = parseCsv(fixture('invoice-ninja-en.csv'));
    const plan = planImport(mapRows(table, guessMapping(table.headers), DEFAULTS), []);
    expect(plan.map((p) => [p.action, p.lines])).toEqual([
      ['create', [2, 4]],
      ['create', [3]],
    ]);
    expect(plan[0].action === 'create' && plan[0].invoice.amountDue).toEqual({ minor: 900_00, currency: 'GBP' });
    expect(plan[0].action === 'create' && plan[0].invoice.total).toEqual({ minor: 1_500_00, currency: 'GBP' });
  });

  it('matches a client by name when the file has no e-mail, and computes a missing due date from the terms', () => {
    const table = parseCsv('N° facture;Client;Date;Montant TTC\nF-9;Atelier Bleu;10/03/2026;100,00\n');
    const rows = mapRows(table, guessMapping(table.headers), DEFAULTS);
    expect(rows[0].invoice).toMatchObject({ issueDate: '2026-03-10', dueDate: '2026-04-09', amountDue: { minor: 100_00, currency: 'EUR' } });
    expect(planImport(rows, [{ id: 'x', number: 'f-9', clientName: 'ATELIER BLEU', clientEmails: [] }])[0].action).toBe('merge');
    expect(planImport(rows, [{ id: 'x', number: 'F-9', clientName: 'Autre client', clientEmails: [] }])[0].action).toBe('create');
  });

  it('marks a row without an issue date as such instead of passing its due date off as one', () => {
    const table = parseCsv('N° facture;Client;Échéance;Montant TTC\nF-10;Atelier Bleu;30/04/2026;100,00\n');
    const rows = mapRows(table, guessMapping(table.headers), DEFAULTS);
    expect(rows[0].invoice).toMatchObject({ dueDate: '2026-04-30', issueDateUnknown: true });
    const dated = mapRows(
      parseCsv('N° facture;Client;Date;Montant TTC\nF-9;Atelier Bleu;10/03/2026;100,00\n'),
      guessMapping(['N° facture', 'Client', 'Date', 'Montant TTC']),
      DEFAULTS,
    );
    expect(dated[0].invoice?.issueDateUnknown).toBeUndefined();
  });
});
