import { describe, expect, it } from 'vitest';
import { explainJudicialOptions } from '../../../utils/legal/judicial-options';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const ids = (r: ReturnType<typeof explainJudicialOptions>) => r.options.map((o) => o.id);

describe('explainJudicialOptions', () => {
  it('sends a consumer claim of 1 200 € to small claims or the tribunal judiciaire, with the 750-1 rule for the référé only', () => {
    const r = explainJudicialOptions({ amount: eur(120000), debtor: 'consumer' });
    expect(ids(r)).toEqual(['small-claims', 'injonction-de-payer-judiciaire', 'refere-provision']);
    const ip = r.options.find((o) => o.id === 'injonction-de-payer-judiciaire')!;
    expect(ip.form).toBe('Cerfa n° 12948*06');
    expect(ip.amicableAttemptRequired).toBe(false);
    expect(ip.explanation.fr).toContain('Aucune tentative amiable préalable n’est exigée');
    expect(ip.explanation.fr).not.toContain('avocat');
    const refere = r.options.find((o) => o.id === 'refere-provision')!;
    expect(refere).toMatchObject({ amicableAttemptRequired: true, references: ['CPC 835'] });
    expect(r.amicableAttempt?.fr).toContain('art. 750-1 CPC');
    expect(r.summary.fr).toContain('Montant en jeu : 1\u202F200,00\u00A0€');
  });

  it('keeps a claim between traders at the commercial court, with no amicable attempt', () => {
    const r = explainJudicialOptions({ amount: eur(1_200_000), debtor: 'business', debtorIsMerchant: true, creditorIsMerchant: true });
    expect(ids(r)).toEqual(['small-claims', 'injonction-de-payer-commerce', 'refere-provision']);
    expect(r.options[0].caution?.fr).toContain('dépasse le plafond de 5 000 €');
    expect(r.options[1]).toMatchObject({ form: 'Cerfa n° 12946*02', amicableAttemptRequired: false });
    expect(r.options[2].references).toEqual(['CPC 873']);
    expect(r.amicableAttempt).toBeUndefined();
  });

  it('lets a non-trader freelancer choose between the two courts against a trader', () => {
    const r = explainJudicialOptions({ amount: eur(300000), debtor: 'business', debtorIsMerchant: true, creditorIsMerchant: false });
    expect(ids(r)).toEqual(['small-claims', 'injonction-de-payer-commerce', 'injonction-de-payer-judiciaire', 'refere-provision']);
    expect(r.options[2].explanation.fr).toContain('à votre choix face à un commerçant');
  });

  it('sends a non-trader business debtor to the tribunal judiciaire only', () => {
    expect(ids(explainJudicialOptions({ amount: eur(300000), debtor: 'business', debtorIsMerchant: false }))).toEqual(['small-claims', 'injonction-de-payer-judiciaire', 'refere-provision']);
  });

  it('says a lawyer is needed above 10 000 € at the tribunal judiciaire', () => {
    const r = explainJudicialOptions({ amount: eur(1_500_000), debtor: 'consumer' });
    expect(r.options.find((o) => o.id === 'injonction-de-payer-judiciaire')!.explanation.en).toContain('Above €10,000, the application must be filed by a lawyer.');
    expect(r.amicableAttempt).toBeUndefined();
  });

  it('warns that a disputed debt suits neither the référé-provision nor small claims', () => {
    const r = explainJudicialOptions({ amount: eur(200000), debtor: 'consumer', disputed: true });
    expect(r.options.find((o) => o.id === 'refere-provision')!.caution?.fr).toContain('contestation est sérieuse');
    expect(r.options.find((o) => o.id === 'small-claims')!.caution?.en).toContain('debtor’s agreement');
  });

  it('leaves out the euro-only small-claims procedure for another currency', () => {
    expect(ids(explainJudicialOptions({ amount: { minor: 100000, currency: 'USD' }, debtor: 'consumer' }))).not.toContain('small-claims');
  });
});
