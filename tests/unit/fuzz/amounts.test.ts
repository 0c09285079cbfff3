/** Fuzz: every amount reader and writer. Round trips where a writer has a reader; otherwise "returns, never throws, fast". */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmountNumber } from '../../../utils/detect/amount';
import { foldText } from '../../../utils/detect/fold';
import { decimalToMinor } from '../../../utils/einvoice/minor-units';
import { formatAmountInput, parseAmountInput } from '../../../utils/forms/amount-input';
import { parseAmount } from '../../../utils/import/parse-amount';
import { formatMoney, minorToDecimal } from '../../../utils/templates/format-money';
import { fuzz } from './fuzz-run';
import { hostileString, mailLikeText } from './hostile-strings';

/** Currencies the product meets (invoices in euros, clients abroad), with 0, 2 and 3 decimals. */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'KWD'] as const;
const minor = fc.integer({ min: 0, max: 99_999_999_999 });
const signedMinor = fc.integer({ min: -99_999_999_999, max: 99_999_999_999 });

describe('fuzz: amounts', () => {
  it('form input: parseAmountInput(formatAmountInput(x)) === x, in French and English', async () => {
    await fuzz(
      'amount-input round trip',
      fc.tuple(minor, fc.constantFrom('fr' as const, 'en' as const)),
      ([x, language]) => {
        expect(parseAmountInput(formatAmountInput(x, language))).toBe(x);
      },
      { runs: 2_000, caseMs: 250 },
    );
  });

  it('exact decimals: decimalToMinor(minorToDecimal(x)) === x for 0-, 2- and 3-decimal currencies', async () => {
    await fuzz(
      'decimal round trip',
      fc.tuple(signedMinor, fc.constantFrom(...CURRENCIES)),
      ([x, currency]) => {
        expect(decimalToMinor(minorToDecimal({ minor: x, currency }), currency)).toBe(x);
      },
      { runs: 2_000, caseMs: 250 },
    );
  });

  // Every module takes a currency's decimals from the one ISO 4217 table (utils/mail/currency.ts), not from Intl's
  // display digits (0 for HUF, COP...), so 1 234,50 HUF read from an e-invoice prints as 1 234,50 HUF.
  it('minor units mean the same in every module, for every ISO 4217 currency', async () => {
    await fuzz(
      'decimal round trip, all currencies',
      fc.tuple(signedMinor, fc.constantFrom(...Intl.supportedValuesOf('currency'))),
      ([x, currency]) => {
        expect(decimalToMinor(minorToDecimal({ minor: x, currency }), currency)).toBe(x);
      },
      { runs: 1_000, caseMs: 250 },
    );
  });

  it('CSV import reads back what the letters and mails print: parseAmount(formatMoney(x)) === x', async () => {
    await fuzz(
      'formatMoney → import parseAmount',
      fc.tuple(signedMinor, fc.constantFrom('EUR', 'USD', 'GBP', 'CHF'), fc.constantFrom('fr' as const, 'en' as const)),
      ([x, currency, language]) => {
        const printed = formatMoney({ minor: x, currency }, language);
        // Letters around the symbol ("$US", "£GB", "CHF") are the display's, not part of the amount.
        expect(parseAmount(printed.replace(/[A-Za-z]/g, ''), currency)).toBe(x);
      },
      { runs: 1_500, caseMs: 250 },
    );
  });

  it('mail detection finds a printed amount again: findAmounts(fold("Total : " + formatMoney(x))) holds x', async () => {
    await fuzz(
      'formatMoney → detect findAmounts',
      fc.tuple(fc.integer({ min: 1, max: 9_999_999_99 }), fc.constantFrom('fr' as const, 'en' as const)),
      ([x, language]) => {
        const found = findAmounts(foldText(`Total : ${formatMoney({ minor: x, currency: 'EUR' }, language)}`));
        expect(found.map((f) => f.money)).toContainEqual({ minor: x, currency: 'EUR' });
      },
      { runs: 1_500, caseMs: 250 },
    );
  });

  it('readers of hostile text return a safe integer or nothing, never throw, quickly', async () => {
    await fuzz(
      'amount readers on hostile text',
      fc.oneof(hostileString(80), mailLikeText(6)),
      (text) => {
        for (const value of [parseAmountNumber(text), parseAmountInput(text), parseAmount(text, 'EUR'), decimalToMinor(text, 'EUR')]) {
          if (value !== undefined && value !== null) expect(Number.isSafeInteger(value)).toBe(true);
        }
        for (const found of findAmounts(foldText(text), { fallbackCurrency: 'EUR' })) {
          expect(Number.isSafeInteger(found.money.minor)).toBe(true);
          expect(found.money.minor).toBeGreaterThanOrEqual(0);
          expect(found.money.currency).toMatch(/^[A-Z]{3}$/);
          expect(found.start).toBeLessThan(found.end);
        }
      },
      { runs: 2_000, caseMs: 250 },
    );
  });
});
