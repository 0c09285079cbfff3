import { currencyExponent } from '../mail/currency';
import type { Money } from '../mail/types';
import type { Language } from './translate';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** An amount for display ("1 250,00 €" / "€1,250.00"); minor units are divided by the currency's ISO 4217 exponent. */
export function formatMoney(money: Money, language: Language): string {
  const digits = currencyExponent(money.currency);
  const format = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: money.currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return format.format(money.minor / 10 ** digits);
}

/** A YYYY-MM-DD date for display ("15 déc. 2026"), read as a calendar day whatever the time zone. */
export function formatDay(day: string, language: Language, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
