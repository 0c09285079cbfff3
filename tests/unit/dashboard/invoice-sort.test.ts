import { describe, expect, it } from 'vitest';
import { nextSortOrder, sortInvoices, URGENCY_ORDER } from '../../../utils/dashboard/invoice-sort';
import { summary } from './summaries';

const list = [
  summary({
    number: 'F-10',
    clientName: 'Éditions Zéro',
    daysLate: 3,
    stage: 'reminder1',
    nextActionDate: '2026-03-12',
    amountDue: { minor: 50_00, currency: 'EUR' },
  }),
  summary({
    number: 'F-2',
    clientName: 'atelier bleu',
    daysLate: 40,
    stage: 'reminder2',
    nextActionDate: '2026-03-10',
    amountDue: { minor: 900_00, currency: 'EUR' },
  }),
  summary({ number: 'F-9', clientName: 'Cabinet Roux', daysLate: 60, stage: 'formal-notice', amountDue: { minor: 120_00, currency: 'EUR' } }),
];
const numbers = (xs: { number: string }[]) => xs.map((x) => x.number);

describe('sortInvoices', () => {
  it('puts the earliest next action first and invoices with none last', () => {
    expect(numbers(sortInvoices(list, URGENCY_ORDER))).toEqual(['F-2', 'F-10', 'F-9']);
  });
  it('sorts clients the French way (case and accents ignored)', () => {
    expect(numbers(sortInvoices(list, { key: 'client', direction: 'asc' }))).toEqual(['F-2', 'F-9', 'F-10']);
  });
  it('sorts by amount, days late and ladder stage, both directions', () => {
    expect(numbers(sortInvoices(list, { key: 'amount', direction: 'desc' }))).toEqual(['F-2', 'F-9', 'F-10']);
    expect(numbers(sortInvoices(list, { key: 'daysLate', direction: 'asc' }))).toEqual(['F-10', 'F-2', 'F-9']);
    expect(numbers(sortInvoices(list, { key: 'stage', direction: 'desc' }))).toEqual(['F-9', 'F-2', 'F-10']);
  });
  it('does not reorder its input', () => {
    sortInvoices(list, { key: 'client', direction: 'asc' });
    expect(numbers(list)).toEqual(['F-10', 'F-2', 'F-9']);
  });
});

describe('nextSortOrder', () => {
  it('flips on the same column, starts ascending on another', () => {
    expect(nextSortOrder({ key: 'amount', direction: 'asc' }, 'amount')).toEqual({ key: 'amount', direction: 'desc' });
    expect(nextSortOrder({ key: 'amount', direction: 'desc' }, 'client')).toEqual({ key: 'client', direction: 'asc' });
  });
});
