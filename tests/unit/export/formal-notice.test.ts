import { describe, expect, it } from 'vitest';
import { renderFormalNotice, type FormalNoticeInput } from '../../../utils/export/formal-notice';
import { formalNoticeAmounts } from '../../../utils/export/formal-notice-amounts';
import { readDocx } from './docx-reader';
import { BUSINESS_NOTICE } from './sample-case';

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formalNoticeAmounts', () => {
  it('adds L441-10 penalties and one 40 € indemnity per late invoice for a business debtor', () => {
    const a = formalNoticeAmounts({ debtorKind: 'business', invoices: BUSINESS_NOTICE.invoices, asOf: '2026-06-01' });
    // 2026-S1: ECB 2.15 % + 10 = 12.15 %. 1 500 € × 12.15 % × 112 days / 365 = 55.92 €; 980.50 € × 12.15 % × 76 / 365 = 24.81 €.
    expect(a.lines.map((l) => l.charges.interest.minor)).toEqual([5592, 2481]);
    expect(a.principal).toEqual({ minor: 248050, currency: 'EUR' });
    expect(a.interest.minor).toBe(8073);
    expect(a.indemnity.minor).toBe(8000);
    expect(a.total.minor).toBe(248050 + 8073 + 8000);
    expect(a.deadline).toBe('2026-06-09');
  });

  it('claims only the principal from a consumer: interest starts with the notice itself', () => {
    const a = formalNoticeAmounts({ debtorKind: 'consumer', invoices: BUSINESS_NOTICE.invoices, asOf: '2026-06-01', deadlineDays: 15 });
    expect(a.interest.minor).toBe(0);
    expect(a.indemnity.minor).toBe(0);
    expect(a.total.minor).toBe(248050);
    expect(a.deadline).toBe('2026-06-16');
  });

  it('refuses mixed currencies, no invoice, and a nonsense deadline', () => {
    const usd = { ...BUSINESS_NOTICE.invoices[1], amountDue: { minor: 100, currency: 'USD' } };
    expect(() => formalNoticeAmounts({ debtorKind: 'business', invoices: [BUSINESS_NOTICE.invoices[0], usd], asOf: '2026-06-01' })).toThrow(/EUR and USD/);
    expect(() => formalNoticeAmounts({ debtorKind: 'business', invoices: [], asOf: '2026-06-01' })).toThrow(/at least one/);
    expect(() => formalNoticeAmounts({ debtorKind: 'business', invoices: BUSINESS_NOTICE.invoices, asOf: '2026-06-01', deadlineDays: 0 })).toThrow(/deadline/);
  });

  it('refuses an invoice that is not overdue yet, or has nothing left to pay', () => {
    expect(() => formalNoticeAmounts({ debtorKind: 'business', invoices: BUSINESS_NOTICE.invoices, asOf: '2026-03-10' })).toThrow(
      /F-2026-021 is not overdue on 2026-03-10/,
    );
    expect(() => formalNoticeAmounts({ debtorKind: 'business', invoices: BUSINESS_NOTICE.invoices, asOf: '2026-03-17' })).toThrow(/F-2026-021/);
    const paid = { ...BUSINESS_NOTICE.invoices[0], amountDue: { minor: 0, currency: 'EUR' } };
    expect(() => formalNoticeAmounts({ debtorKind: 'consumer', invoices: [paid], asOf: '2026-06-01' })).toThrow(/F-2026-014/);
  });
});

describe('renderFormalNotice', () => {
  it('writes a complete French letter to a business debtor', async () => {
    const { text, parts } = await readDocx(await renderFormalNotice(BUSINESS_NOTICE));
    expect(parts).toContain('word/document.xml');
    const t = flat(text);
    for (const expected of [
      'Atelier Lune',
      'SIREN : 812345678',
      'Dupont SARL',
      "À l'attention de M. Jean Dupont",
      '75016 Paris',
      'À Lyon, le 1er juin 2026',
      'Lettre recommandée avec accusé de réception',
      'Objet : Mise en demeure de payer',
      'factures n° F-2026-014, F-2026-021',
      'Madame, Monsieur,',
      '10/01/2026',
      '09/02/2026',
      '1 500,00 €',
      '980,50 €',
      '2 480,50 €',
      "l'article L441-10 du Code de commerce",
      'majoré de 10 points',
      'du 10/02/2026 au 01/06/2026',
      '12,15 %',
      '55,92 €',
      '80,73 €',
      'D441-5',
      '2 × 40,00 € = 80,00 €',
      '2 641,23 €',
      'dans un délai de 8 jours',
      'au plus tard le 9 juin 2026',
      'injonction de payer',
      'IBAN : FR76 3000 6000 0112 3456 7890 189',
      "l'article 1344 du Code civil",
      'salutations distinguées',
      'Camille Martin',
      'pour Atelier Lune',
    ]) {
      expect(t).toContain(expected);
    }
    expect(t).not.toContain('1231-6');
  });

  it('writes interest from the notice for a consumer, without penalties or indemnity', async () => {
    const input: FormalNoticeInput = {
      ...BUSINESS_NOTICE,
      debtor: { name: 'Mme Claire Petit', kind: 'consumer', address: ['3 place du Marché', '33000 Bordeaux'] },
      invoices: [BUSINESS_NOTICE.invoices[0]],
    };
    const t = flat((await readDocx(await renderFormalNotice(input))).text);
    expect(t).toContain('articles 1231-6 et 1344-1 du Code civil');
    expect(t).toContain('la facture suivante');
    expect(t).toContain('tribunal judiciaire');
    expect(t).not.toContain('L441-10');
    expect(t).not.toContain('D441-5');
    expect(t).toMatch(/Total dû\n1 500,00 €/);
  });

  it('writes the English letter', async () => {
    const t = flat((await readDocx(await renderFormalNotice({ ...BUSINESS_NOTICE, language: 'en', deadlineDays: 15 }))).text);
    for (const expected of [
      'Lyon, 1 June 2026',
      'Registered letter with acknowledgement of receipt',
      'Subject: Formal notice to pay',
      'Dear Sir or Madam,',
      '€1,500.00',
      'Article L441-10 of the French Commercial Code',
      '2 × €40.00 = €80.00',
      'within 15 days',
      'by 16 June 2026 at the latest',
      'Yours faithfully,',
    ]) {
      expect(t).toContain(expected);
    }
    expect(t).not.toMatch(/Madame|facture|Objet/);
  });

  it('names a contractual rate and its legal floor', async () => {
    const invoices = BUSINESS_NOTICE.invoices.map((invoice) => ({ ...invoice, contractualRate: 5 }));
    const t = flat((await readDocx(await renderFormalNotice({ ...BUSINESS_NOTICE, invoices }))).text);
    expect(t).toContain('prévu à mes conditions de paiement');
    // 2026-S1 floor: 3 × 2.62 % = 7.86 %, above the 5 % written in the terms.
    expect(t).toContain('7,86 % **');
    expect(t).toContain('minimum légal');
  });

  it("uses the rate table it is given, e.g. with the user's correction for a semester not shipped yet", async () => {
    const { effectiveRateTable } = await import('../../../utils/legal/rates');
    const rates = effectiveRateTable([
      {
        semester: '2026-S2',
        ecbRefiBp: 300,
        ecbRefiSince: '2026-06-10',
        legalRateNonProCreditorBp: 700,
        legalRateOtherBp: 300,
        legalRateReference: 'test',
        sources: [],
      },
    ]);
    const t = flat((await readDocx(await renderFormalNotice({ ...BUSINESS_NOTICE, asOf: '2026-07-31', rates }))).text);
    expect(t).toContain('du 01/07/2026 au 31/07/2026');
    expect(t).toContain('13,00 %'); // 3 % + 10 points, not the shipped table's carried-over 12,15 %
    expect(t).not.toContain('non encore publié');
  });

  it('falls back to the address when there is no IBAN, and leaves out the city when unknown', async () => {
    const t = flat((await readDocx(await renderFormalNotice({ ...BUSINESS_NOTICE, creditor: { name: 'Solo' } }))).text);
    expect(t).not.toContain('IBAN');
    expect(t).toContain("l'adresse figurant en tête");
    expect(t).toContain('Le 1er juin 2026');
  });
});
