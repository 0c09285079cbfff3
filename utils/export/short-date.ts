import { toDayNumber } from '../calendar/iso-date';
import type { Language } from '../model/language';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date for a table cell: "15/12/2026" in French, "15 Dec 2026" in English (unambiguous on both sides of the Atlantic). */
export function shortDate(date: string, language: Language): string {
  toDayNumber(date); // throws on anything that is not a real YYYY-MM-DD date
  const [y, m, d] = date.split('-').map(Number);
  if (language === 'fr') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}
