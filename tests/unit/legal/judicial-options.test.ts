import { describe, expect, it } from 'vitest';
import { explainJudicialOptions } from '../../../utils/legal/judicial-options';
import { debtorIsMerchant } from '../../../utils/legal/merchant-status';

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
    expect(ids(explainJudicialOptions({ amount: eur(300000), debtor: 'business', debtorIsMerchant: false }))).toEqual([
      'small-claims',
      'injonction-de-payer-judiciaire',
      'refere-provision',
    ]);
  });

  it('says a lawyer is needed above 10 000 € at the tribunal judiciaire', () => {
    const r = explainJudicialOptions({ amount: eur(1_500_000), debtor: 'consumer' });
    expect(r.options.find((o) => o.id === 'injonction-de-payer-judiciaire')!.explanation.en).toContain(
      'Above €10,000, the application must be filed by a lawyer.',
    );
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

  it('says the order must be served within 3 months (décret 2026-96) and when it can be enforced', () => {
    const now = explainJudicialOptions({ amount: eur(300000), debtor: 'business', debtorIsMerchant: true, asOf: '2026-12-03' });
    const order = now.options.find((o) => o.id === 'injonction-de-payer-commerce')!;
    expect(order.explanation.fr).toContain('dans les 3 mois, faute de quoi elle est non avenue (décret n° 2026-96 du 16 février 2026');
    expect(order.explanation.fr).toContain('deux mois après la signification, vous pouvez faire exécuter l’ordonnance');
    expect(order.explanation.fr).not.toContain('6 mois');
    expect(order.explanation.en).toContain('within 3 months or it lapses');
    // Between 1 April and 1 September 2026 a source disagrees on the date: say so, keep to 3 months.
    expect(
      explainJudicialOptions({ amount: eur(300000), debtor: 'consumer', asOf: '2026-06-01' }).options.find((o) => o.id === 'injonction-de-payer-judiciaire')!
        .explanation.fr,
    ).toContain('une source date cette règle du 1er septembre 2026');
    expect(
      explainJudicialOptions({ amount: eur(300000), debtor: 'consumer', asOf: '2026-03-01' }).options.find((o) => o.id === 'injonction-de-payer-judiciaire')!
        .explanation.fr,
    ).toContain('dans les 6 mois (3 mois pour celles rendues à compter du 1er avril 2026');
  });

  it('routes the référé-provision against a non-trader business (association, SCI) to the tribunal judiciaire, with the 750-1 attempt up to 5 000 €', () => {
    const sci = explainJudicialOptions({
      amount: eur(300000),
      debtor: 'business',
      debtorIsMerchant: debtorIsMerchant({
        kind: 'business',
        registry: { siren: '1', name: 'SCI Les Tilleuls', address: [], legalForm: 'SCI', active: true, checkedOn: '2026-12-01' },
      }),
    });
    const refere = sci.options.find((o) => o.id === 'refere-provision')!;
    expect(refere).toMatchObject({ references: ['CPC 835'], amicableAttemptRequired: true });
    expect(refere.explanation.fr).toContain('tribunal judiciaire (art. 835 al. 2 CPC)');
    expect(sci.amicableAttempt?.fr).toContain('art. 750-1 CPC');
    const sas = explainJudicialOptions({
      amount: eur(300000),
      debtor: 'business',
      debtorIsMerchant: debtorIsMerchant({
        kind: 'business',
        registry: { siren: '2', name: 'Dupont SAS', address: [], legalForm: 'SAS', active: true, checkedOn: '2026-12-01' },
      }),
    });
    expect(sas.options.find((o) => o.id === 'refere-provision')).toMatchObject({ references: ['CPC 873'], amicableAttemptRequired: false });
    // Unknown status (no registry lookup): both courts explained, not the commercial court by default.
    const unknown = explainJudicialOptions({ amount: eur(300000), debtor: 'business' }).options.find((o) => o.id === 'refere-provision')!;
    expect(unknown.references).toEqual(['CPC 873', 'CPC 835']);
    expect(unknown.explanation.fr).toContain('sinon (profession libérale, association, SCI…) du tribunal judiciaire');
  });
});
