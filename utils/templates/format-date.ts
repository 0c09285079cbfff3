import type { Language } from '../model/language';

/**
 * Month names as letters print them. Not Intl.DateTimeFormat: its first instance in a new JavaScript context loads the
 * locale's date patterns, 20-100 ms measured on this machine (Node and Chromium), paid by every cold start of the
 * extension's service worker, whose first answer prints a day (the ladder's next step, the prescription date). The
 * output is the same as Intl's long format for both languages (tests/unit/templates/format-date.test.ts).
 */
const MONTH_NAMES: Record<Language, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A 'YYYY-MM-DD' date written out: "1er décembre 2026", "15 décembre 2026" / "15 December 2026". */
export function formatDateLong(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  // French writes the first day of a month as an ordinal ("1er").
  const dayText = language === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${MONTH_NAMES[language][month - 1]} ${year}`;
}
