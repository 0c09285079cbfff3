import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../utils/import/parse-amount';
import { parseDate } from '../../../utils/import/parse-date';

describe('parseAmount', () => {
  it.each([
    ['1 250,00 €', 125_000],
    ['1\u202f250,00\u00a0€', 125_000],
    ['1.250,00', 125_000],
    ['1,250.00', 125_000],
    ['1250.5', 125_050],
    ['1250', 125_000],
    ['EUR 99,9', 9_990],
    ['-300,00', -30_000],
    ['(42.10)', -4_210],
    ['1.250.000', 125_000_000],
    ["1'250.00", 125_000],
  ])('%s → %i cents', (text, minor) => expect(parseAmount(text, 'EUR')).toBe(minor));

  it('uses the currency’s own decimals', () => expect(parseAmount('1 500', 'JPY')).toBe(1_500));

  it.each(['', 'abc', '12,34,5', '1.2.3', '--'])('refuses %j', (text) => expect(parseAmount(text, 'EUR')).toBeUndefined());
});

describe('parseDate', () => {
  it.each([
    ['2026-01-31', '2026-01-31'],
    ['2026-01-31T10:00:00Z', '2026-01-31'],
    ['31/01/2026', '2026-01-31'],
    ['1/2/2026', '2026-02-01'],
    ['31.01.2026', '2026-01-31'],
    ['31-01-26', '2026-01-31'],
    ['2026/01/31', '2026-01-31'],
  ])('%s → %s', (text, date) => expect(parseDate(text)).toBe(date));

  it.each(['31/02/2026', '2026-13-01', 'demain', '', '01/31/2026'])('refuses %j', (text) => expect(parseDate(text)).toBeUndefined());
});
