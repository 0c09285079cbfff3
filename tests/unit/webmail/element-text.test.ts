// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectInvoice } from '../../../utils/detect/invoice';
import { elementText } from '../../../utils/webmail/element-text';

/** A table as invoicing services write their reminders, built without markup strings. */
function table(rows: string[][]): HTMLElement {
  const body = document.createElement('div');
  const intro = document.createElement('p');
  intro.textContent = 'Sauf erreur de notre part, la facture suivante reste impayée :';
  const t = document.createElement('table');
  rows.forEach((cells, i) => {
    const tr = document.createElement('tr');
    for (const text of cells) {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      cell.textContent = text;
      tr.append(cell);
    }
    t.append(tr);
  });
  body.append(intro, t);
  return body;
}

describe('the text of a mail holding a table', () => {
  const rows = [
    ['Facture', 'Date', 'Échéance', 'Montant TTC'],
    ['FA-2027-0201', '12/04/2027', '12/05/2027', 'EUR 1.380,00'],
  ];

  it('keeps the cells of a row apart, one row per line', () => {
    expect(elementText(table(rows))).toBe(
      'Sauf erreur de notre part, la facture suivante reste impayée :\nFacture\tDate\tÉchéance\tMontant TTC\nFA-2027-0201\t12/04/2027\t12/05/2027\tEUR 1.380,00',
    );
  });

  it('lets the invoice reader take each value under its column’s header', () => {
    const got = detectInvoice({
      id: 'm1',
      subject: 'Relance : facture FA-2027-0201 en attente de règlement',
      from: { name: 'Atelier Martin', email: 'compta@atelier-martin.fr' },
      to: [{ name: 'Jean Dupuis', email: 'compta@boulangerie-dupuis.fr' }],
      date: '2027-05-20T10:00:00+02:00',
      text: elementText(table(rows)),
      attachments: [{ name: 'FA-2027-0201.pdf' }],
    });
    expect(got).toMatchObject({ number: 'FA-2027-0201', amountDue: { minor: 138_000, currency: 'EUR' }, dueDate: '2027-05-12', issueDate: '2027-04-12' });
  });
});
