import { describe, expect, it } from 'vitest';
import { filterInvoices, viewCounts } from '../../../utils/dashboard/invoice-filter';
import { summary } from './summaries';

const TODAY = '2026-03-10';
const list = [
  summary({ number: 'F-1', clientName: 'Société Générale des Eaux', daysLate: 40, stage: 'reminder2', nextActionDate: '2026-03-10' }),
  summary({ number: 'F-2', clientName: 'Boulangerie Martin', daysLate: 5, status: 'promised', nextActionDate: '2026-03-20' }),
  summary({ number: 'F-3', clientName: 'Agence Lumière', daysLate: 70, status: 'disputed', nextActionDate: '2026-03-01' }),
  summary({ number: 'F-4', clientName: 'Agence Lumière', daysLate: 90, status: 'paid', amountDue: { minor: 0, currency: 'EUR' } }),
  summary({ number: 'F-5', clientName: 'Café du Port', daysLate: -3, stage: 'courtesy', nextActionDate: '2026-03-07' }),
  summary({ number: 'F-6', clientName: 'Café du Port', daysLate: 12, status: 'cancelled' }),
];
const numbers = (xs: { number: string }[]) => xs.map((x) => x.number);

describe('filterInvoices', () => {
  it('today: chased invoices whose next action is today or earlier; a disputed one is not chased', () => {
    expect(numbers(filterInvoices(list, 'today', '', TODAY))).toEqual(['F-1', 'F-5']);
  });
  it('overdue: past due and still owed (not paid, not cancelled, not before due)', () => {
    expect(numbers(filterInvoices(list, 'overdue', '', TODAY))).toEqual(['F-1', 'F-2', 'F-3']);
  });
  it('promised, disputed, paid by status', () => {
    expect(numbers(filterInvoices(list, 'promised', '', TODAY))).toEqual(['F-2']);
    expect(numbers(filterInvoices(list, 'disputed', '', TODAY))).toEqual(['F-3']);
    expect(numbers(filterInvoices(list, 'paid', '', TODAY))).toEqual(['F-4']);
  });
  it('search ignores case and accents and needs every word', () => {
    expect(numbers(filterInvoices(list, 'all', 'societe', TODAY))).toEqual(['F-1']);
    expect(numbers(filterInvoices(list, 'all', 'LUMIERE f-4', TODAY))).toEqual(['F-4']);
    expect(numbers(filterInvoices(list, 'overdue', 'lumière', TODAY))).toEqual(['F-3']);
  });
  it('counts each view', () => {
    expect(viewCounts(list, TODAY)).toEqual({ all: 6, today: 2, overdue: 3, promised: 1, disputed: 1, paid: 1 });
  });
});
