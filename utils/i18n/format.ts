import type { Language } from './translate';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
// Building an Intl formatter costs far more than using one, and using one still costs: the sidebar re-renders its
// timeline's days on every thread change, so each formatted day is kept (a few hundred distinct days at most).
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
const FORMATTED_DAYS = new Map<string, string>();

/** A YYYY-MM-DD date for display ("15 déc. 2026"), read as a calendar day whatever the time zone. */
export function formatDay(day: string, language: Language, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const key = `${language}|${style}`;
  const known = FORMATTED_DAYS.get(`${key}|${day}`);
  if (known !== undefined) return known;
  let format = DAY_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' });
    DAY_FORMATS.set(key, format);
  }
  const formatted = format.format(new Date(Date.UTC(y, m - 1, d)));
  FORMATTED_DAYS.set(`${key}|${day}`, formatted);
  return formatted;
}
