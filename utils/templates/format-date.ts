import { toDayNumber } from '../calendar/iso-date';
import type { Language } from '../model/language';

const FORMATTERS = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A 'YYYY-MM-DD' date written out: "1er décembre 2026", "15 décembre 2026" / "15 December 2026". */
export function formatDateLong(date: string, language: Language): string {
  const text = FORMATTERS[language].format(new Date(toDayNumber(date) * 86_400_000));
  // French writes the first day of a month as an ordinal ("1er"); Intl does not.
  return language === 'fr' && date.endsWith('-01') ? text.replace(/^1 /, '1er ') : text;
}
