import { formatDateLong } from '../templates/format-date';
import type { Language } from './translator';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
// Building an Intl formatter costs far more than using one, and using one still costs: the sidebar re-renders its
// timeline's days on every thread change, so each formatted day is kept (a few hundred distinct days at most).
const SHORT_FORMATS = new Map<Language, Intl.DateTimeFormat>();
const FORMATTED_DAYS = new Map<string, string>();

/**
 * A YYYY-MM-DD date for display, read as a calendar day whatever the time zone: "15 déc. 2026", or written out as the
 * letters write it ("1er décembre 2026", utils/templates/format-date.ts). A day that is not one is shown as given.
 */
export function formatDay(day: string, language: Language, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const key = `${language}|${style}|${day}`;
  const known = FORMATTED_DAYS.get(key);
  if (known !== undefined) return known;
  const formatted = style === 'long' ? longDay(day, language) : shortFormat(language).format(new Date(Date.UTC(y, m - 1, d)));
  FORMATTED_DAYS.set(key, formatted);
  return formatted;
}

function shortFormat(language: Language): Intl.DateTimeFormat {
  let format = SHORT_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    SHORT_FORMATS.set(language, format);
  }
  return format;
}

// The letters refuse a day that is not in the calendar (2026-02-31); a screen shows it as given rather than fail.
function longDay(day: string, language: Language): string {
  try {
    return formatDateLong(day, language);
  } catch {
    return day;
  }
}
