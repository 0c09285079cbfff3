import { describe, expect, it } from 'vitest';
import { labelTableCells } from '../../../utils/detect/table-cells';

describe('a table’s rows read with their headers', () => {
  it('labels each value of a pipe or Markdown table with its column', () => {
    expect(labelTableCells('| Facture | Échéance | Montant |\n|---|---|---|\n| FA-7 | 15/05/2027 | 900,00 € |')).toBe(
      '| Facture | Échéance | Montant |\n|---|---|---|\nFacture : FA-7 | Échéance : 15/05/2027 | Montant : 900,00 €',
    );
  });

  it('labels a tab-separated row, and every row under one header', () => {
    expect(labelTableCells('Invoice\tDue date\tAmount\nINV-1\t2027-05-15\t$900.00\nINV-2\t2027-06-15\t$450.00')).toBe(
      'Invoice\tDue date\tAmount\nInvoice : INV-1 | Due date : 2027-05-15 | Amount : $900.00\nInvoice : INV-2 | Due date : 2027-06-15 | Amount : $450.00',
    );
  });

  it('leaves alone a row whose cells do not match the header, and text with no table', () => {
    expect(labelTableCells('A | B\n1 | 2 | 3')).toBe('A | B\n1 | 2 | 3');
    expect(labelTableCells('Total : 900,00 €')).toBe('Total : 900,00 €');
  });
});
