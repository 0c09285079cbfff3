import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTemplateVariables } from '../../../utils/templates/variables';
import { formatMoney, minorToDecimal } from '../../../utils/templates/format-money';
import { formatDateLong } from '../../../utils/templates/format-date';
import { monthlyInstalments } from '../../../utils/templates/instalments';
import type { Client } from '../../../utils/model/client';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const NNBSP = '\u202F';
const NBSP = '\u00A0';

const invoice = (over: Partial<Invoice> = {}): Invoice => ({
  id: 'i1',
  number: 'F-2026-014',
  clientId: 'c1',
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  total: eur(125000),
  amountDue: eur(125000),
  status: 'open',
  stage: 'reminder1',
  sources: [],
  threadIds: [],
  createdAt: '',
  updatedAt: '',
  rev: 1,
  ...over,
});
const client = (over: Partial<Client> = {}): Client => ({
  id: 'c1',
  name: 'Jeanne Martin',
  company: 'Atelier Martin SARL',
  emails: [],
  kind: 'business',
  language: 'fr',
  createdAt: '',
  updatedAt: '',
  rev: 1,
  ...over,
});
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  creditor: {
    name: 'Paul Durand',
    legalForm: 'EI',
    siren: '123456789',
    address: ['12 rue des Lilas', '69003 Lyon'],
    email: 'paul@durand.fr',
    iban: 'fr7630006000011234567890189',
    bic: 'AGRIFRPP',
  },
};

describe('formatting', () => {
  it('writes amounts the French and the English way', () => {
    expect(formatMoney(eur(125000), 'fr')).toBe(`1${NNBSP}250,00${NBSP}€`);
    expect(formatMoney(eur(125000), 'en')).toBe('€1,250.00');
    expect(formatMoney({ minor: 1250, currency: 'JPY' }, 'en')).toBe('JP¥1,250');
  });

  it('converts minor units by string arithmetic, exactly', () => {
    expect(minorToDecimal(eur(5))).toBe('0.05');
    expect(minorToDecimal(eur(-123456))).toBe('-1234.56');
    expect(minorToDecimal({ minor: 9_007_199_254_740_991, currency: 'EUR' })).toBe('90071992547409.91');
  });

  it('writes dates out, with "1er" for the first of the month', () => {
    expect(formatDateLong('2026-12-15', 'fr')).toBe('15 décembre 2026');
    expect(formatDateLong('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatDateLong('2026-12-15', 'en')).toBe('15 December 2026');
  });
});

describe('buildTemplateVariables', () => {
  it('formats every value for a business debtor, computing the charges when not given', () => {
    // 31 Oct → 23 Nov 2026: 23 days at 12.15 % on 1 250 €: 125000 × 0.1215 × 23 / 365 = 957.02 → 9,57 €.
    const v = buildTemplateVariables({ invoice: invoice(), client: client(), settings, today: '2026-11-23' });
    expect(v).toMatchObject({
      business: 'yes',
      greeting: 'Bonjour Jeanne Martin,',
      clientName: 'Atelier Martin SARL',
      invoiceNumber: 'F-2026-014',
      invoiceRef: 'facture n° F-2026-014',
      issueDate: '1er octobre 2026',
      dueDate: '31 octobre 2026',
      amountDue: `1${NNBSP}250,00${NBSP}€`,
      daysLate: '23 jours',
      penaltyRate: `12,15${NBSP}%`,
      penaltyAmount: `9,57${NBSP}€`,
      indemnity: `40,00${NBSP}€`,
      totalDue: `1${NNBSP}299,57${NBSP}€`,
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      bic: 'AGRIFRPP',
      today: '23 novembre 2026',
      deadlineDate: '1er décembre 2026',
      formalNoticeDeadlineDays: '8',
      signature: 'Paul Durand EI\nSIREN 123456789\n12 rue des Lilas\n69003 Lyon\npaul@durand.fr',
    });
    expect(v.invoiceList).toBeUndefined();
  });

  it('follows the language asked, then the client’s', () => {
    const v = buildTemplateVariables({ invoice: invoice(), client: client({ language: 'en' }), settings, today: '2026-11-01' });
    expect(v).toMatchObject({
      greeting: 'Dear Jeanne Martin,',
      daysLate: '1 day',
      amountDue: '€1,250.00',
      dueDate: '31 October 2026',
      invoiceRef: 'invoice F-2026-014',
    });
  });

  it('has no penalty nor indemnity for a consumer without formal notice', () => {
    const v = buildTemplateVariables({ invoice: invoice(), client: client({ kind: 'consumer', company: undefined }), settings, today: '2026-11-23' });
    expect(v.business).toBeUndefined();
    expect(v.indemnity).toBeUndefined();
    expect(v.penaltyRate).toBeUndefined();
    expect(v.totalDue).toBe(`1${NNBSP}250,00${NBSP}€`);
    expect(v.greeting).toBe('Bonjour Jeanne Martin,');
  });

  it('greets formally when only a company name is known', () => {
    const v = buildTemplateVariables({ invoice: invoice(), client: client({ name: 'ACME SAS', company: undefined }), settings, today: '2026-11-23' });
    expect(v.greeting).toBe('Madame, Monsieur,');
  });

  it('lists and sums the invoices of a grouped reminder', () => {
    const a = invoice({ id: 'a', number: 'F-001', issueDate: '2026-08-01', dueDate: '2026-09-01', amountDue: eur(100000) });
    const b = invoice({ id: 'b', number: 'F-002', issueDate: '2026-10-01', dueDate: '2026-11-01', amountDue: eur(50000) });
    const v = buildTemplateVariables({ invoice: a, client: client(), settings, today: '2026-11-23', group: [{ invoice: a }, { invoice: b }] });
    expect(v.invoiceRef).toBe('factures n° F-001 et F-002');
    expect(v.amountDue).toBe(`1${NNBSP}500,00${NBSP}€`);
    expect(v.indemnity).toBe(`80,00${NBSP}€`);
    expect(v.invoiceList).toBe(
      `- n° F-001 du 1er août 2026, échue le 1er septembre 2026 : 1${NNBSP}000,00${NBSP}€\n- n° F-002 du 1er octobre 2026, échue le 1er novembre 2026 : 500,00${NBSP}€`,
    );
  });

  it('proposes three monthly instalments from the deadline by default', () => {
    const v = buildTemplateVariables({ invoice: invoice(), client: client(), settings, today: '2026-11-23' });
    expect(v.instalments).toBe(`1. 1er décembre 2026 : 416,68${NBSP}€\n2. 1er janvier 2027 : 416,66${NBSP}€\n3. 1er février 2027 : 416,66${NBSP}€`);
  });

  it('takes the dates of the oldest invoice of a group, whichever invoice the mail is written from', () => {
    const a = invoice({ id: 'a', number: 'F-001', issueDate: '2026-08-01', dueDate: '2026-09-01' });
    const b = invoice({ id: 'b', number: 'F-002', issueDate: '2026-10-01', dueDate: '2026-11-01' });
    const v = buildTemplateVariables({ invoice: b, client: client(), settings, today: '2026-11-23', group: [{ invoice: a }, { invoice: b }] });
    expect(v).toMatchObject({ dueDate: '1er septembre 2026', daysLate: '83 jours' });
  });

  it('writes the instalments with their dates', () => {
    const v = buildTemplateVariables({
      invoice: invoice(),
      client: client(),
      settings,
      today: '2026-11-23',
      instalments: monthlyInstalments(eur(125000), 3, '2026-12-31'),
    });
    expect(v.instalments).toBe(`1. 31 décembre 2026 : 416,68${NBSP}€\n2. 31 janvier 2027 : 416,66${NBSP}€\n3. 28 février 2027 : 416,66${NBSP}€`);
  });
});

describe('monthlyInstalments', () => {
  it('always adds up to the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 24 }), (minor, count) => {
        const plan = monthlyInstalments(eur(minor), count, '2026-01-31');
        expect(plan).toHaveLength(count);
        expect(plan.reduce((s, i) => s + i.amount.minor, 0)).toBe(minor);
      }),
    );
  });
});
