import { describe, expect, it } from 'vitest';
import { invoiceNinjaOrigin, mapInvoiceNinjaInvoice } from '../../../utils/connectors/invoice-ninja';
import { mapPennylaneCustomer, mapPennylaneInvoice } from '../../../utils/connectors/pennylane';
import { mapQontoInvoice } from '../../../utils/connectors/qonto';
import { mapStripeInvoice, stripeConnector } from '../../../utils/connectors/stripe';
import { floatToMinor } from '../../../utils/connectors/float-amount';
import { fixture, UTC_DAYS } from './fixture';

const items = (name: string, key: string) => (fixture(name) as Record<string, unknown[]>)[key];

describe('Stripe mapping', () => {
  it('maps an open invoice: amounts already in cents, lower-case currency upper-cased, unix dates to days, hosted link', () => {
    const [first, second] = items('stripe-open-page1.json', 'data');
    expect(mapStripeInvoice(first, UTC_DAYS)).toEqual({
      externalId: 'in_1Pa0001',
      number: 'STR-2026-0041',
      state: 'open',
      total: { minor: 240000, currency: 'EUR' },
      remaining: { minor: 240000, currency: 'EUR' },
      issueDate: '2026-09-02',
      dueDate: '2026-10-02',
      clientName: 'Atelier Brunet',
      clientEmail: 'compta@atelier-brunet.fr',
      link: 'https://invoice.stripe.com/i/acct_1/test_A1',
    });
    // Partly paid: what is left, not the total.
    expect(mapStripeInvoice(second, UTC_DAYS)).toMatchObject({ total: { minor: 98050 }, remaining: { minor: 80000 } });
  });

  it('falls back to the creation date without effective_at, and keeps a missing e-mail missing', () => {
    const [third] = items('stripe-open-page2.json', 'data');
    const mapped = mapStripeInvoice(third, UTC_DAYS)!;
    expect(mapped.issueDate).toBe('2026-09-04');
    expect(mapped.clientEmail).toBeUndefined();
  });

  it('reads a paid invoice with its payment day, and skips drafts (no number)', () => {
    expect(mapStripeInvoice(fixture('stripe-paid.json'), UTC_DAYS)).toMatchObject({ state: 'paid', remaining: { minor: 0 }, closedOn: '2026-10-16' });
    expect(mapStripeInvoice({ ...(fixture('stripe-paid.json') as object), status: 'draft', number: null }, UTC_DAYS)).toBeUndefined();
    expect(mapStripeInvoice({ ...(fixture('stripe-paid.json') as object), status: 'uncollectible' }, UTC_DAYS)?.state).toBe('open');
  });

  it('accepts only restricted keys and explains why a secret key is refused', () => {
    expect(stripeConnector.checkCredential({ secret: 'rk_live_51Habcdefghijkl' })).toBeUndefined();
    expect(stripeConnector.checkCredential({ secret: ' rk_test_51Habcdefghijkl ' })).toBeUndefined();
    expect(stripeConnector.checkCredential({ secret: 'sk_live_51Habcdefghijkl' })).toMatchObject({
      reason: 'stripe-secret-key',
      message: expect.stringContaining('restricted key (rk_)'),
    });
    expect(stripeConnector.checkCredential({ secret: 'pk_live_51Habcdefghijkl' })?.reason).toBe('stripe-publishable-key');
    expect(stripeConnector.checkCredential({ secret: 'whsec_123' })?.reason).toBe('format');
  });
});

describe('Pennylane mapping', () => {
  const customer = mapPennylaneCustomer(fixture('pennylane-customer.json'));

  it('maps a late invoice from decimal strings to cents, with the customer fetched apart', () => {
    expect(customer).toEqual({ name: 'Maison Girard SARL', email: 'factures@maison-girard.fr' });
    const [late] = items('pennylane-page1.json', 'items');
    expect(mapPennylaneInvoice(late, customer)).toEqual({
      externalId: '4101',
      number: 'F20260101',
      state: 'open',
      total: { minor: 150000, currency: 'EUR' },
      remaining: { minor: 150000, currency: 'EUR' },
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      clientName: 'Maison Girard SARL',
      clientEmail: 'factures@maison-girard.fr',
    });
  });

  it('trusts paid and the remaining amount over the status, never keeps the 30-minute PDF link', () => {
    const [, paid] = items('pennylane-page1.json', 'items');
    expect(mapPennylaneInvoice(paid, customer)).toMatchObject({ state: 'paid', remaining: { minor: 0 } });
    expect(mapPennylaneInvoice(paid, customer)?.link).toBeUndefined();
    const [partial] = items('pennylane-page2.json', 'items');
    expect(mapPennylaneInvoice(partial, customer)).toMatchObject({ state: 'open', total: { minor: 123456 }, remaining: { minor: 73456 } });
    expect(mapPennylaneInvoice(partial, customer)?.dueDate).toBeUndefined();
  });

  it('leaves drafts and credit notes out, and maps cancelled to void', () => {
    const [late] = items('pennylane-page1.json', 'items') as object[];
    expect(mapPennylaneInvoice({ ...late, draft: true }, customer)).toBeUndefined();
    expect(mapPennylaneInvoice({ ...late, credit_note: true }, customer)).toBeUndefined();
    expect(mapPennylaneInvoice({ ...late, status: 'cancelled' }, customer)?.state).toBe('void');
  });
});

describe('Qonto mapping', () => {
  it('maps an unpaid invoice: cents given, remaining = total − amount_paid, e-mail from contact_email', () => {
    const [company, person] = items('qonto-unpaid.json', 'client_invoices');
    expect(mapQontoInvoice(company)).toEqual({
      externalId: 'a1b2c3d4-0000-4000-8000-000000000001',
      number: 'INV-2026-017',
      state: 'open',
      total: { minor: 125250, currency: 'EUR' },
      remaining: { minor: 100000, currency: 'EUR' },
      issueDate: '2026-09-10',
      dueDate: '2026-10-10',
      clientName: 'Ferronnerie Roux',
      clientEmail: 'compta@ferronnerie-roux.fr',
      clientKind: 'business',
      link: 'https://pay.qonto.com/invoices/a1b2c3d4-0000-4000-8000-000000000001',
    });
    // An individual client is a consumer, named from first and last name.
    expect(mapQontoInvoice(person)).toMatchObject({
      clientName: 'Claire Fontaine',
      clientEmail: 'claire.fontaine@example.fr',
      clientKind: 'consumer',
      remaining: { minor: 9000 },
    });
  });

  it('reads paid and canceled with their day', () => {
    const [company] = items('qonto-unpaid.json', 'client_invoices') as object[];
    expect(mapQontoInvoice({ ...company, status: 'paid', paid_at: '2026-11-02T17:58:30+01:00' })).toMatchObject({
      state: 'paid',
      remaining: { minor: 0 },
      closedOn: '2026-11-02',
    });
    expect(mapQontoInvoice({ ...company, status: 'canceled' })?.state).toBe('void');
    // Without the cents field, the decimal string is read by string arithmetic.
    const { total_amount_cents: _cents, ...noCents } = company as Record<string, unknown>;
    expect(mapQontoInvoice(noCents)?.total.minor).toBe(125250);
  });
});

describe('Invoice Ninja mapping', () => {
  it('maps a partial invoice: floats to cents, currency from the client, primary contact, portal link', () => {
    const [partial, sent] = items('invoice-ninja-unpaid.json', 'data');
    expect(mapInvoiceNinjaInvoice(partial, UTC_DAYS)).toEqual({
      externalId: 'Opnel5aKBz',
      number: '0042',
      state: 'open',
      total: { minor: 123450, currency: 'EUR' },
      remaining: { minor: 73450, currency: 'EUR' },
      issueDate: '2026-09-05',
      dueDate: '2026-10-05',
      clientName: 'Garage Perrin',
      clientEmail: 'patron@garage-perrin.fr',
      link: 'https://invoicing.co/client/invoice/k1',
    });
    expect(mapInvoiceNinjaInvoice(sent, UTC_DAYS)).toMatchObject({ total: { minor: 9999, currency: 'GBP' }, clientName: 'Tailor Ltd' });
    expect(mapInvoiceNinjaInvoice(sent, UTC_DAYS)?.dueDate).toBeUndefined();
  });

  it('maps paid and cancelled statuses, refuses an unknown currency id rather than guess', () => {
    const [partial] = items('invoice-ninja-unpaid.json', 'data') as Array<Record<string, unknown>>;
    expect(mapInvoiceNinjaInvoice({ ...partial, status_id: '4', balance: 0 }, UTC_DAYS)).toMatchObject({ state: 'paid', closedOn: '2026-10-03' });
    expect(mapInvoiceNinjaInvoice({ ...partial, status_id: '5' }, UTC_DAYS)?.state).toBe('void');
    const client = partial.client as Record<string, unknown>;
    expect(mapInvoiceNinjaInvoice({ ...partial, client: { ...client, settings: { currency_id: '999' } } }, UTC_DAYS)).toBeUndefined();
  });

  it('takes the origin of what the user typed, https only', () => {
    expect(invoiceNinjaOrigin('')).toBe('https://invoicing.co');
    for (const wildcard of ['*', 'https://*', '*.example.fr', 'https://*.example.fr/app', 'factures..example.fr'])
      expect(invoiceNinjaOrigin(wildcard), wildcard).toBeUndefined();
    expect(invoiceNinjaOrigin('factures.example.fr/')).toBe('https://factures.example.fr');
    expect(invoiceNinjaOrigin('https://ninja.example.fr:8443/app/login')).toBe('https://ninja.example.fr:8443');
    expect(invoiceNinjaOrigin('http://ninja.example.fr')).toBeUndefined();
    expect(invoiceNinjaOrigin('https://user:pw@ninja.example.fr')).toBeUndefined();
  });
});

describe('floatToMinor', () => {
  it('converts what the server wrote, not the binary approximation', () => {
    expect(floatToMinor(1234.5, 'EUR')).toBe(123450);
    expect(floatToMinor(0.1 + 0.2, 'EUR')).toBe(30); // 0.30000000000000004 → 30 after rounding the third decimal
    expect(floatToMinor(1.005, 'EUR')).toBe(101); // the decimal 1.005, half away from zero
    expect(floatToMinor(1500, 'JPY')).toBe(1500);
    expect(floatToMinor(Number.NaN, 'EUR')).toBeUndefined();
  });
});
