import type { Money } from '../mail/types';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY), as Intl knows it. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as an exact decimal string: 125000 EUR → "1250.00" (string arithmetic, no float). */
export function minorToDecimal(money: Money): string {
  const digits = currencyDigits(money.currency);
  const sign = money.minor < 0 ? '-' : '';
  const abs = String(Math.abs(Math.trunc(money.minor))).padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** An amount the way the language writes it: "1 250,00 €" (narrow no-break spaces) / "€1,250.00". */
export function formatMoney(money: Money, language: 'fr' | 'en'): string {
  const formatter = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: money.currency });
  // Intl accepts a decimal string, which keeps large amounts exact.
  return formatter.format(minorToDecimal(money) as unknown as number);
}

/** A rate in percent written the language's way: 12.15 → "12,15 %" / "12.15%". */
export function formatPercent(percent: number, language: 'fr' | 'en'): string {
  const formatter = new Intl.NumberFormat(LOCALES[language], { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return formatter.format(percent / 100);
}
