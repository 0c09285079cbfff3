import { toDayNumber } from '../legal/iso-date';

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function parts(date: string): [number, number, number] {
  toDayNumber(date); // throws on anything that is not a real YYYY-MM-DD date
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

/** A date written out as in a letter: "1er décembre 2026", "15 décembre 2026", "15 December 2026". */
export function longDate(date: string, language: 'fr' | 'en'): string {
  const [y, m, d] = parts(date);
  const day = language === 'fr' && d === 1 ? '1er' : String(d);
  return `${day} ${MONTHS[language][m - 1]} ${y}`;
}

/** A date for a table cell: "15/12/2026" in French, "15 Dec 2026" in English (unambiguous on both sides of the Atlantic). */
export function shortDate(date: string, language: 'fr' | 'en'): string {
  const [y, m, d] = parts(date);
  if (language === 'fr') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return `${d} ${MONTHS.en[m - 1].slice(0, 3)} ${y}`;
}
