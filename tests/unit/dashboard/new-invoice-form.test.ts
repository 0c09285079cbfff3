import { describe, expect, it } from 'vitest';
import { emptyNewInvoiceForm, readNewInvoiceForm } from '../../../components/dashboard/new-invoice-form';

const filled = {
  ...emptyNewInvoiceForm('2026-03-10'),
  number: ' F-2026-020 ',
  clientName: 'Café du Port',
  clientEmail: 'patron@cafeduport.fr',
  amount: '1 250,50',
};

describe('readNewInvoiceForm', () => {
  it('turns a filled form into the request fields (amount in cents, due date left to the terms)', () => {
    expect(readNewInvoiceForm(filled)).toEqual({
      fields: {
        number: 'F-2026-020',
        clientName: 'Café du Port',
        clientEmail: 'patron@cafeduport.fr',
        debtorKind: 'business',
        amountDue: { minor: 125_050, currency: 'EUR' },
        issueDate: '2026-03-10',
        dueDate: undefined,
        contractualRate: undefined,
      },
    });
  });
  it('reads a contractual rate with a decimal comma', () => {
    expect(readNewInvoiceForm({ ...filled, rate: '12,5', dueDate: '2026-04-09' })).toMatchObject({ fields: { contractualRate: 12.5, dueDate: '2026-04-09' } });
  });
  it('names every problem', () => {
    expect(readNewInvoiceForm({ ...emptyNewInvoiceForm('2026-03-10'), clientEmail: 'nope', amount: 'abc', dueDate: '2026-03-01', rate: '300' })).toEqual({
      errors: {
        number: 'dash_new_required',
        clientName: 'dash_new_required',
        clientEmail: 'dash_new_email_invalid',
        amount: 'dash_amount_invalid',
        dueDate: 'dash_new_date_invalid',
        rate: 'dash_new_rate_invalid',
      },
    });
  });
});
