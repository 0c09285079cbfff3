/**
 * An amount the user typed ("1 250,50", "1250.5", "1,250.50") as integer minor units, by string arithmetic.
 * Returns null when it is not a plain positive amount with at most `digits` decimals.
 */
import type { Language } from '../model/language';
export function parseAmountInput(input: string, digits = 2): number | null {
  const compact = input.replace(/[\s\u00a0\u202f€$£]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  // The last separator followed by 1..digits figures is the decimal mark; any other separator groups thousands.
  const match = new RegExp(`^(.*?)(?:[.,](\\d{1,${digits}}))?$`).exec(compact);
  if (!match) return null;
  const whole = match[1].replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || whole.length > 13) return null;
  const fraction = (match[2] ?? '').padEnd(digits, '0');
  return Number(whole) * 10 ** digits + Number(fraction || '0');
}

/** Minor units back to the editable form ("1250,50" in French, "1250.50" in English). */
export function formatAmountInput(minor: number, language: Language, digits = 2): string {
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const mark = language === 'fr' ? ',' : '.';
  return digits ? `${sign}${abs.slice(0, -digits)}${mark}${abs.slice(-digits)}` : `${sign}${abs}`;
}
