import { currencyExponent } from '../mail/currency';
import type { Money } from '../mail/types';
import type { Language } from '../model/language';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

/** Minor units as an exact decimal string: 125000 EUR → "1250.00" (string arithmetic, no float). */
export function minorToDecimal(money: Money): string {
  const digits = currencyExponent(money.currency);
  const sign = money.minor < 0 ? '-' : '';
  const abs = String(Math.abs(Math.trunc(money.minor))).padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

// One formatter per language and currency: building one costs far more than using it (lists, letters, the sidebar).
const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

/** An amount the way the language writes it: "1 250,00 €" (narrow no-break spaces) / "€1,250.00". */
export function formatMoney(money: Money, language: Language): string {
  const key = `${language}|${money.currency}`;
  let formatter = MONEY_FORMATS.get(key);
  if (!formatter) {
    // Show the ISO 4217 decimals even where Intl's display default differs (HUF, COP...): the amount stays exact.
    const digits = currencyExponent(money.currency);
    formatter = new Intl.NumberFormat(LOCALES[language], {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    MONEY_FORMATS.set(key, formatter);
  }
  // Intl accepts a decimal string, which keeps large amounts exact.
  return formatter.format(minorToDecimal(money) as unknown as number);
}

/** A rate in percent written the language's way: 12.15 → "12,15 %" / "12.15%". */
export function formatPercent(percent: number, language: Language): string {
  const formatter = new Intl.NumberFormat(LOCALES[language], { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return formatter.format(percent / 100);
}
