/** Explicit calendar dates in French and English text: 15/12/2026, 15 décembre 2026, Dec 15, 2026, 2026-12-15, le 15/11. */
import { addYears, makeIsoDate } from '../calendar/iso-date';
import { MONTHS, MONTH_PATTERN } from './month-names';
import type { Language } from '../model/language';

export interface FoundDate {
  day: number;
  month: number;
  /** Absent when the text gives no year ("le 20 mars", "15/11"). */
  year?: number;
  start: number;
  end: number;
}

/** Day-first (French, British) or month-first (American) reading of 03/04/2026. */
export type NumericOrder = 'dmy' | 'mdy';

const ISO = /(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;
// Lookarounds keep phone numbers (06.12.34.56.78) and invoice numbers (F-2026-03) out.
const NUMERIC = /(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d]|[/.-]\d)/g;
// "12 March 2026", "1er avril"; also the invoicing tools' "09/Jul/2026" and "09-Jul-2026".
const DAY_MONTH = new RegExp(
  String.raw`(?<![\w])(\d{1,2})(?:er|st|nd|rd|th)?(?:\s+(?:de\s+|of\s+)?|([/-]))(${MONTH_PATTERN})\b\.?(?:(?:,?\s+|\2)(\d{4})\b)?`,
  'g',
);
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH_PATTERN})\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(\d{4})\b)?`, 'g');

function year(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  return raw.length === 2 ? 2000 + Number(raw) : Number(raw);
}

function valid(day: number, month: number, y: number | undefined): boolean {
  return makeIsoDate(y ?? 2024, month, day) !== undefined; // 2024 is a leap year: 29/02 without a year is possible
}

/**
 * Whether a numeric match is written as a date: without a year only the slash form is ("10.50" and "3-4" are not, nor a
 * price's "$19.00"); "until 15.02." (German style, closing dot) is one too.
 */
function dateShaped(m: RegExpMatchArray, folded: string): boolean {
  return !!m[4] || m[2] === '/' || (m[2] === '.' && folded[m.index! + m[0].length] === '.');
}

/** Every explicit date in a folded text, in text order; impossible dates (31/02/2026) are skipped. */
export function findDates(folded: string, order: NumericOrder): FoundDate[] {
  const found: FoundDate[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  const push = (day: number, month: number, y: number | undefined, start: number, end: number) => {
    if (!taken(start, end) && valid(day, month, y)) found.push({ day, month, year: y, start, end });
  };
  for (const m of folded.matchAll(ISO)) push(Number(m[3]), Number(m[2]), Number(m[1]), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(NUMERIC)) {
    if (!dateShaped(m, folded)) continue;
    let a = Number(m[1]);
    let b = Number(m[3]);
    if (order === 'mdy' ? a > 12 && b <= 12 : b > 12 && a <= 12) [a, b] = [b, a];
    const [day, month] = order === 'mdy' ? [b, a] : [a, b];
    push(day, month, year(m[4]), m.index, m.index + m[0].length);
  }
  for (const m of folded.matchAll(DAY_MONTH)) push(Number(m[1]), MONTHS[m[3]], year(m[4]), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(MONTH_DAY)) push(Number(m[2]), MONTHS[m[1]], year(m[3]), m.index, m.index + m[0].length);
  return found.sort((x, y) => x.start - y.start);
}

/** Day-first or month-first for a whole mail: an unambiguous date decides, else the language and the sender's habit. */
export function numericOrderFor(folded: string, language: Language, habit: NumericOrder): NumericOrder {
  if (language === 'fr') return 'dmy';
  for (const m of folded.matchAll(NUMERIC)) {
    if (!dateShaped(m, folded)) continue;
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) return 'dmy';
    if (Number(m[3]) > 12 && Number(m[1]) <= 12) return 'mdy';
  }
  return habit;
}

// The English attribution line the replier's mail client writes above the quote: "On Mon, Jun 22, 2026 at 8:30 AM"
// (American settings) or "On Mon, 22 Jun 2026 at 08:30" (British).
const ATTRIBUTION = /^\s*on\s(.{4,200})wrote\s*:?\s*$/m;
const US_WRITTEN = new RegExp(String.raw`\b(?:${MONTH_PATTERN})\.?\s+\d{1,2},\s+\d{4}\b`);
const UK_WRITTEN = new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTH_PATTERN})\.?,?\s+\d{4}\b`);

/** The order the replier's own mail client writes dates in, read from its attribution line; undefined without one. */
export function attributionOrder(fullFolded: string): NumericOrder | undefined {
  const line = ATTRIBUTION.exec(fullFolded)?.[1];
  if (!line) return undefined;
  if (US_WRITTEN.test(line)) return 'mdy';
  if (UK_WRITTEN.test(line)) return 'dmy';
  return undefined;
}

/**
 * The ISO date of a found date; a missing year is the reference's, moved a year on when that would fall before
 * `notBefore` or does not exist (29 February said in December of a common year).
 */
export function resolveFoundDate(date: FoundDate, reference: string, notBefore?: string): string | undefined {
  if (date.year !== undefined) return makeIsoDate(date.year, date.month, date.day);
  const refYear = Number(reference.slice(0, 4));
  const iso = makeIsoDate(refYear, date.month, date.day);
  if (!notBefore || (iso && iso >= notBefore)) return iso;
  const next = makeIsoDate(refYear + 1, date.month, date.day);
  // A 29 February said in January of a common year is a slip, not a day thirteen months on.
  return next && next < addYears(notBefore, 1) ? next : undefined;
}
