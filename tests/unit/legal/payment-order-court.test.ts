import { describe, expect, it } from 'vitest';
import { isNaturalPersonForm, legalFormIsCommercial } from '../../../utils/legal/merchant-status';
import { paymentOrderCourt } from '../../../utils/legal/payment-order-court';
import { courtSteps } from '../../../utils/legal/court-steps';

const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('which court hears the requête (LEGAL.md fact 28)', () => {
  it('the tribunal de commerce only for a commercial debt between traders, the tribunal judiciaire otherwise', () => {
    expect(paymentOrderCourt({ debtorKind: 'business', debtorLegalForm: 'SARL', creditorLegalForm: 'SAS au capital de 1 000 €' })).toBe('tribunal-de-commerce');
    expect(paymentOrderCourt({ debtorKind: 'business', debtorLegalForm: 'SARL', creditorLegalForm: 'EI' })).toBe('tribunal-judiciaire');
    expect(paymentOrderCourt({ debtorKind: 'business', debtorLegalForm: 'SCI', creditorLegalForm: 'SAS' })).toBe('tribunal-judiciaire');
    expect(paymentOrderCourt({ debtorKind: 'business', creditorLegalForm: 'SAS' })).toBe('tribunal-judiciaire');
    expect(paymentOrderCourt({ debtorKind: 'business', debtorIsMerchant: true, creditorIsMerchant: true })).toBe('tribunal-de-commerce');
    expect(paymentOrderCourt({ debtorKind: 'consumer', creditorLegalForm: 'SAS' })).toBe('tribunal-judiciaire');
    expect(paymentOrderCourt({ debtorKind: 'public', creditorLegalForm: 'SAS' })).toBe('tribunal-judiciaire');
  });

  it('reads typed legal forms', () => {
    expect(legalFormIsCommercial('sarl')).toBe(true);
    expect(legalFormIsCommercial('SA à directoire')).toBe(true);
    expect(legalFormIsCommercial('SCP d’avocats')).toBe(false);
    expect(legalFormIsCommercial('Société civile immobilière')).toBe(false);
    expect(legalFormIsCommercial('SELARL')).toBeUndefined();
    expect(isNaturalPersonForm(undefined)).toBe(true);
    expect(isNaturalPersonForm('micro-entrepreneur')).toBe(true);
    expect(isNaturalPersonForm('SASU')).toBe(false);
  });
});

describe('the judicial steps, in order (LEGAL.md facts 28–33)', () => {
  it('petites créances first up to 5 000 €, the requête first above', () => {
    expect(courtSteps({ amount: eur(500_000), court: 'tribunal-judiciaire', debtorKind: 'business' }).map((s) => s.id)).toEqual([
      'small-claims',
      'payment-order',
      'refere-provision',
    ]);
    expect(courtSteps({ amount: eur(500_001), court: 'tribunal-de-commerce', debtorKind: 'business' }).map((s) => s.id)).toEqual([
      'payment-order',
      'refere-provision',
    ]);
    expect(courtSteps({ amount: { minor: 100_000, currency: 'USD' }, court: 'tribunal-judiciaire', debtorKind: 'business' }).map((s) => s.id)).toEqual([
      'payment-order',
      'refere-provision',
    ]);
    // A public buyer: its administrative judge first, no commissaire de justice, the requête kept for a private-law contract.
    expect(courtSteps({ amount: eur(300_000), court: 'tribunal-judiciaire', debtorKind: 'public' }).map((s) => s.id)).toEqual([
      'administrative-interim-payment',
      'payment-order',
    ]);
    const tc = courtSteps({ amount: eur(800_000), court: 'tribunal-de-commerce', debtorKind: 'business' })[0];
    expect(tc.cost.fr).toContain('33 à 38 €');
    expect(tc.duration.fr).toContain('3 mois');
  });
});
