import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmountNumber } from '../../../utils/detect/amount';
import { pickAmountDue } from '../../../utils/detect/amount-due';
import { foldText } from '../../../utils/detect/fold';

const amountsIn = (text: string) => findAmounts(foldText(text)).map((a) => a.money);
const dueIn = (text: string) => pickAmountDue(foldText(text), findAmounts(foldText(text)))?.money;

describe('amounts', () => {
  it.each([
    ['1 250,00 €', 125000, 'EUR'],
    ['1\u00a0250,00\u00a0€', 125000, 'EUR'],
    ['1\u202f250,00\u00a0€', 125000, 'EUR'],
    ['1.250,00 EUR', 125000, 'EUR'],
    ['1250 € TTC', 125000, 'EUR'],
    ['€1,250.00', 125000, 'EUR'],
    ['$8,400.00 USD', 840000, 'USD'],
    ['USD 6,400.00', 640000, 'USD'],
    ['£1,800.00', 180000, 'GBP'],
    ["CHF 8'640.00", 864000, 'CHF'],
    ['C$1,130.00', 113000, 'CAD'],
    ['680 euros', 68000, 'EUR'],
    ['1155e ttc', 115500, 'EUR'],
  ])('reads %s', (text, minor, currency) => {
    expect(amountsIn(`Total : ${text}`)).toEqual([{ minor, currency }]);
  });

  it('does not read an ordinal as euros', () => {
    expect(amountsIn('2e relance')).toEqual([]);
  });

  it('parses decimal strings without floating point', () => {
    expect(parseAmountNumber('0,10')).toBe(10);
    expect(parseAmountNumber('1,250')).toBe(125000);
    expect(parseAmountNumber('12,5')).toBe(1250);
    expect(parseAmountNumber('1.234.567,89')).toBe(123456789);
  });

  it('picks TTC over HT and VAT', () => {
    expect(dueIn('Total HT : 311,00 €\nTVA 10 % : 31,10 €\nTotal TTC : 342,10 €')).toEqual({ minor: 34210, currency: 'EUR' });
  });

  it('picks the balance after a deposit', () => {
    expect(dueIn('Total TTC : 3 000,00 €\nAcompte versé le 12/02 : 900,00 €\nReste à payer : 2 100,00 €')).toEqual({ minor: 210000, currency: 'EUR' });
  });

  it('never picks the 40 € indemnity', () => {
    expect(dueIn('la facture de 480 € reste due. Indemnité forfaitaire de 40 € pour frais de recouvrement.')).toEqual({ minor: 48000, currency: 'EUR' });
  });

  it('takes the deposit on a deposit invoice', () => {
    const text = 'invoice for the 50% deposit ($2,250.00 of the $4,500.00 package)';
    expect(pickAmountDue(foldText(text), findAmounts(foldText(text)), /\b(acompte|deposit|arrhes)\b/)?.money).toEqual({ minor: 225000, currency: 'USD' });
  });

  it('keeps three currencies apart', () => {
    expect(amountsIn('costs were $450.00 and £120.00; total due EUR 3,760.00').map((m) => m.currency)).toEqual(['USD', 'GBP', 'EUR']);
  });
});
