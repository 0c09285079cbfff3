import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToMinor } from '../../../utils/einvoice/minor-units';
import { currencyExponent } from '../../../utils/mail/currency';

describe('decimalToMinor', () => {
  it.each([
    ['470.15', 'EUR', 47015],
    ['2337.5', 'DKK', 233750],
    ['10158', 'SEK', 1015800],
    ['-10000', 'SEK', -1000000],
    ['-0.00', 'EUR', 0],
    ['160.0000', 'EUR', 16000],
    ['0.005', 'EUR', 1], // half away from zero
    ['-0.005', 'EUR', -1],
    ['0.0049', 'EUR', 0],
    ['1.995', 'EUR', 200],
    ['.5', 'EUR', 50],
    ['12.', 'EUR', 1200],
    [' 4675 ', 'DKK', 467500],
    ['1500', 'JPY', 1500],
    ['1500.6', 'JPY', 1501],
    ['12.345', 'KWD', 12345],
    ['+7.10', 'eur', 710],
    ['0.29', 'EUR', 29], // 0.29 * 100 = 28.999999999999996 in floating point
  ])('%s %s → %i', (value, currency, minor) => {
    expect(decimalToMinor(value, currency)).toBe(minor);
  });

  it.each([[''], ['-'], ['.'], ['1,50'], ['1e3'], ['abc'], ['1.2.3'], ['99999999999999999']])('refuses %j', (value) => {
    expect(decimalToMinor(value, 'EUR')).toBeUndefined();
  });

  it('agrees with integer arithmetic on any cents amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const abs = Math.abs(cents);
        const text = `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        expect(decimalToMinor(text, 'EUR')).toBe(cents === 0 ? 0 : cents);
      }),
    );
  });

  it('knows the ISO 4217 exponents that are not 2', () => {
    expect([currencyExponent('JPY'), currencyExponent('EUR'), currencyExponent('TND'), currencyExponent('CLF')]).toEqual([0, 2, 3, 4]);
  });
});
