/**
 * The numeric date in a webmail's date text ("Thu 01/10/2026 09:30", "jeu. 01/10/2026", "Do 01.10.2026") with the
 * weekday printed beside it, which alone can tell 1 October from 10 January. Webmail-neutral: both adapters use it.
 */
import { decideDayMonthOrder, regionalOrder, type DayMonthDecision, type NumericDate } from '../calendar/day-month-order';

/** Weekday words of the interface languages the adapters read (English, French, German), to ISO 1 = Monday … 7 = Sunday. */
const WEEKDAYS: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
  lun: 1,
  lundi: 1,
  mar: 2,
  mardi: 2,
  mer: 3,
  mercredi: 3,
  jeu: 4,
  jeudi: 4,
  ven: 5,
  vendredi: 5,
  sam: 6,
  samedi: 6,
  dim: 7,
  dimanche: 7,
  mo: 1,
  montag: 1,
  di: 2,
  dienstag: 2,
  mi: 3,
  mittwoch: 3,
  do: 4,
  donnerstag: 4,
  fr: 5,
  freitag: 5,
  sa: 6,
  samstag: 6,
  so: 7,
  sonntag: 7,
};

// A year-first date ("2026-10-01") has no order to decide and is left to the caller.
const NUMERIC = /(?<![\d.:/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/;

export interface ShownNumericDate extends NumericDate {
  /** Where the date sits in the folded text and how long it is (so the caller can read the time apart from it). */
  index: number;
  length: number;
}

/** Lower-cased, accents removed: "mer." and "Mer" are the same word. */
export function foldDateText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// The thread's titles are read again on every batch that adds a message (the page's day/month order is decided over all
// of them): each title is read once. Bounded, as a long session shows many threads.
const shownDates = new Map<string, ShownNumericDate | undefined>();

/** The numeric day/month/year in a date text, with its weekday when one is printed; undefined when there is none. */
export function numericDateIn(text: string): ShownNumericDate | undefined {
  if (shownDates.has(text)) return shownDates.get(text);
  if (shownDates.size >= 2000) shownDates.clear();
  const shown = readNumericDate(text);
  shownDates.set(text, shown);
  return shown;
}

function readNumericDate(text: string): ShownNumericDate | undefined {
  const folded = foldDateText(text);
  const m = NUMERIC.exec(folded);
  if (!m) return undefined;
  const year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const outside = folded.slice(0, m.index) + ' ' + folded.slice(m.index + m[0].length);
  const weekday = (outside.match(/[a-z]+/g) ?? []).map((w) => WEEKDAYS[w]).find((d) => d !== undefined);
  return { first: Number(m[1]), second: Number(m[3]), year, ...(weekday ? { weekday } : {}), index: m.index, length: m[0].length };
}

/** One day/month order for all the date texts a page shows, with the page's language tag as its regional setting. */
export function pageDayMonthOrder(dateTexts: Iterable<string>, locale: string | undefined): DayMonthDecision {
  const samples: NumericDate[] = [];
  for (const text of dateTexts) {
    const shown = numericDateIn(text);
    if (shown) samples.push(shown);
  }
  return decideDayMonthOrder(samples, regionalOrder(locale));
}
