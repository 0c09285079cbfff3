import { describe, expect, it } from 'vitest';
import { findDates, resolveFoundDate } from '../../../utils/detect/date';
import { foldText } from '../../../utils/detect/fold';
import { dueDateFromTerms, findPaymentTerms } from '../../../utils/detect/payment-terms';

const first = (text: string, order: 'dmy' | 'mdy' = 'dmy') => {
  const d = findDates(foldText(text), order)[0];
  return d && resolveFoundDate(d, '2026-01-01');
};

describe('explicit dates', () => {
  it.each([
    ['15/12/2026', '2026-12-15'],
    ['15 décembre 2026', '2026-12-15'],
    ['1er mars 2026', '2026-03-01'],
    ['15 déc. 2026', '2026-12-15'],
    ['Dec 15, 2026', '2026-12-15'],
    ['15 Dec 2026', '2026-12-15'],
    ['2026-12-15', '2026-12-15'],
    ['10.03.2026', '2026-03-10'],
    ['24 avr. 2026', '2026-04-24'],
  ])('reads %s', (text, iso) => {
    expect(first(`échéance : ${text}`)).toBe(iso);
  });

  it('reads US dates month first when told, and fixes the order when a part exceeds 12', () => {
    expect(first('due 04/05/2026', 'mdy')).toBe('2026-04-05');
    expect(first('due 12/15/2026', 'dmy')).toBe('2026-12-15');
  });

  it('skips dates that do not exist', () => {
    expect(findDates(foldText('le 31/02/2026'), 'dmy')).toEqual([]);
  });

  it('does not read phone numbers or invoice numbers as dates', () => {
    expect(findDates(foldText('06.12.34.56.78 facture F-2026-03'), 'dmy')).toEqual([]);
  });
});

describe('payment terms', () => {
  const due = (text: string, issue = '2026-02-12') => {
    const terms = findPaymentTerms(foldText(text));
    return terms && dueDateFromTerms(issue, terms);
  };
  it.each([
    ['Paiement à réception', '2026-02-12'],
    ['Règlement : 30 jours', '2026-03-14'],
    ['Terms: Net 30', '2026-03-14'],
    ['45 jours fin de mois', '2026-03-31'],
    ['30 days end of month', '2026-03-31'],
    ['Payment is due within 14 days.', '2026-02-26'],
    ['payable à 45 jours', '2026-03-29'],
  ])('%s', (text, iso) => {
    expect(due(text)).toBe(iso);
  });

  it('finds no term in a late-payment clause alone', () => {
    expect(findPaymentTerms(foldText('Pénalités au taux de 3 fois le taux légal, indemnité de 40 €'))).toBeUndefined();
  });
});
