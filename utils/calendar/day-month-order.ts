/**
 * Day or month first in a numeric date ("01/10/2026"), decided by evidence rather than by a language tag: "en" alone
 * says nothing (British, Irish and most European readers of English write day first, Americans month first).
 */
import { isoWeekday, makeIsoDate } from './iso-date';

export type DayMonthOrder = 'dmy' | 'mdy';

/** A numeric date as shown, before its order is known: "01/10/2026" is first 1, second 10. */
export interface NumericDate {
  first: number;
  second: number;
  year: number;
  /** ISO weekday printed beside it (1 = Monday … 7 = Sunday), when there is one. */
  weekday?: number;
}

export interface DayMonthDecision {
  order: DayMonthOrder;
  /** false: nothing settled it (no impossible reading, no weekday, no regional setting); the order is a guess. */
  settled: boolean;
}

// An open conversation's dates are voted on again on every change of the page, as the same objects (the webmails'
// readers keep one per date text): each is weighed once.
const readings = new WeakMap<NumericDate, readonly DayMonthOrder[]>();

/** The readings of one date its values and weekday allow ("13/10" only day first; "Thu 01/10/2026" only 1 October). */
export function possibleOrders(date: NumericDate): readonly DayMonthOrder[] {
  const known = readings.get(date);
  if (known) return known;
  const fits = (month: number, day: number) => {
    const iso = makeIsoDate(date.year, month, day);
    return iso !== undefined && (date.weekday === undefined || isoWeekday(iso) === date.weekday);
  };
  const out: DayMonthOrder[] = [];
  if (fits(date.second, date.first)) out.push('dmy');
  if (fits(date.first, date.second)) out.push('mdy');
  readings.set(date, out);
  return out;
}

/**
 * The order of a locale's numeric dates when it names a region ("en-GB", "en-US") or a language written one way
 * everywhere ("fr", "de"); undefined for a bare "en" and for year-first locales.
 */
export function regionalOrder(locale: string | undefined): DayMonthOrder | undefined {
  const tag = (locale ?? '').trim();
  if (!tag || /^en$/i.test(tag)) return undefined;
  if (!REGIONAL_ORDERS.has(tag)) REGIONAL_ORDERS.set(tag, orderOfLocale(tag));
  return REGIONAL_ORDERS.get(tag);
}

// Building an Intl formatter costs ~0.5 ms and an open thread asks for the page's order on every change.
const REGIONAL_ORDERS = new Map<string, DayMonthOrder | undefined>();

function orderOfLocale(tag: string): DayMonthOrder | undefined {
  try {
    const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2026, 0, 2));
    const types = parts.map((p) => p.type).filter((t) => t === 'day' || t === 'month' || t === 'year');
    if (types[0] === 'day') return 'dmy';
    if (types[0] === 'month') return 'mdy';
    return undefined;
  } catch {
    return undefined; // not a valid language tag
  }
}

/**
 * One order for every numeric date of a page (a webmail prints them all one way): a date only one reading allows
 * settles it for all; else the page's or account's regional setting; else a guess (month first for bare English,
 * as Outlook's default) marked unsettled. Dates that contradict each other leave the majority.
 */
export function decideDayMonthOrder(dates: NumericDate[], regional?: DayMonthOrder): DayMonthDecision {
  let dmy = 0;
  let mdy = 0;
  for (const date of dates) {
    const orders = possibleOrders(date);
    if (orders.length !== 1) continue;
    if (orders[0] === 'dmy') dmy++;
    else mdy++;
  }
  if (dmy !== mdy) return { order: dmy > mdy ? 'dmy' : 'mdy', settled: true };
  if (regional) return { order: regional, settled: true };
  return { order: 'mdy', settled: false };
}
