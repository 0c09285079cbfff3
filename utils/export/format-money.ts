import type { Money } from '../mail/types';

/** Formats an amount for a letter, "1 234,56 €" or "€1,234.56", from its integer minor units (string arithmetic, no float). */
export function formatMoney(money: Money, language: 'fr' | 'en'): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  const parts = format.formatToParts(1);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? money.currency;
  const symbolFirst = parts.findIndex((p) => p.type === 'currency') < parts.findIndex((p) => p.type === 'integer');

  const digits = String(Math.abs(Math.trunc(money.minor))).padStart(decimals + 1, '0');
  const integer = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  // No-break spaces keep "1 234,56 €" on one line in the letter.
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? '\u00a0' : ',');
  const number = decimals > 0 ? `${grouped}${language === 'fr' ? ',' : '.'}${fraction}` : grouped;
  const sign = money.minor < 0 ? '-' : '';
  return symbolFirst ? `${sign}${symbol}${number}` : `${sign}${number}\u00a0${symbol}`;
}

/** Formats an annual rate, "12,15 %" or "12.15%". */
export function formatPercent(percent: number, language: 'fr' | 'en'): string {
  const text = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 4 }).format(percent);
  return language === 'fr' ? `${text}\u00a0%` : `${text}%`;
}
