import { toDayNumber } from '../calendar/iso-date';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

/** A 'YYYY-MM-DD' date in the short form of the language: "14 févr. 2026" / "14 Feb 2026" (UTC, so no day shift). */
export function formatDay(date: string, language: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(toDayNumber(date) * 86_400_000));
}
