/**
 * Outlook shows dates in the reader's language, regional format and time zone ("mar. 10/03/2026 10:15",
 * "Tue 3/10/2026 10:15 AM", "Thu 01/10/2026 09:30", "mardi 10 mars 2026 10:15"); this turns them into ISO 8601 with
 * the local offset. Day/month order comes from evidence (utils/calendar/day-month-order.ts), never from "en" alone.
 * Month names are a parsing fallback only, never a hook.
 */
import { decideDayMonthOrder, possibleOrders, regionalOrder, type DayMonthDecision } from '../../calendar/day-month-order';
import { isoWithOffset } from '../iso-with-offset';
import { foldDateText, numericDateIn } from '../numeric-date';

const MONTHS: Record<string, number> = {
  jan: 1,
  janv: 1,
  janvier: 1,
  january: 1,
  feb: 2,
  fev: 2,
  fevr: 2,
  fevrier: 2,
  february: 2,
  mar: 3,
  mars: 3,
  march: 3,
  apr: 4,
  avr: 4,
  avril: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  juin: 6,
  june: 6,
  jul: 7,
  juil: 7,
  juillet: 7,
  july: 7,
  aug: 8,
  aout: 8,
  august: 8,
  sep: 9,
  sept: 9,
  septembre: 9,
  september: 9,
  oct: 10,
  octobre: 10,
  october: 10,
  nov: 11,
  novembre: 11,
  november: 11,
  dec: 12,
  decembre: 12,
  december: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local wall-clock time as ISO 8601 with the offset this machine had at that moment. */
export function localIso(y: number, mo: number, d: number, h: number, mi: number, s = 0): string | null {
  const date = new Date(y, mo - 1, d, h, mi, s);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A date as read: `ambiguous` when its day and month could be either way round and nothing on the page told. */
export interface ReadDate {
  iso: string;
  ambiguous: boolean;
}

/** ISO 8601 for an Outlook date text, or null when it has no full date (e.g. "Yesterday 10:15"). */
export function parseOutlookDate(text: string, locale: string): string | null {
  return readOutlookDate(text, locale)?.iso ?? null;
}

/**
 * Reads an Outlook date text. `page` is the order every numeric date of the page follows (outlook/page-dates.ts);
 * without it, the text's own weekday and the locale's regional format decide. The text's own weekday always wins.
 */
export function readOutlookDate(text: string, locale: string, page?: DayMonthDecision): ReadDate | null {
  const iso = text.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})/);
  const stamped = iso ? Date.parse(iso[0]) : Number.NaN;
  // In the page's own offset, as Gmail's are: 23:30 UTC is already the next day in Paris.
  if (!Number.isNaN(stamped)) return { iso: isoWithOffset(stamped), ambiguous: false };
  const plain = foldDateText(text);
  // The date first: a dotted date ("10.03.2026") would otherwise read as a time.
  const yearFirst = plain.match(/(\d{4})[./-](\d{1,2})[./-](\d{1,2})/);
  const shown = yearFirst ? undefined : numericDateIn(plain);
  const dateText = yearFirst ? yearFirst[0] : shown ? plain.slice(shown.index, shown.index + shown.length) : undefined;
  const rest = dateText ? plain.replace(dateText, ' ') : plain;
  const time = rest.match(/(\d{1,2})\s*[:h.]\s*(\d{2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\b\.?)?/);
  let hour = time ? Number(time[1]) : 0;
  const minute = time ? Number(time[2]) : 0;
  const second = time?.[3] ? Number(time[3]) : 0;
  if (time?.[4] === 'p' && hour < 12) hour += 12;
  if (time?.[4] === 'a' && hour === 12) hour = 0;
  const at = (y: number, mo: number, d: number) => localIso(y, mo, d, hour, minute, second);
  if (yearFirst) return wrap(at(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])), false);
  if (shown) {
    const decision = page ?? decideDayMonthOrder([shown], regionalOrder(locale));
    // A weekday that fits only one reading settles this date whatever the page says; a wrong weekday is ignored.
    const own = possibleOrders(shown);
    const fallback = possibleOrders({ ...shown, weekday: undefined });
    const allowed = own.length ? own : fallback;
    if (!allowed.length) return null;
    const order = allowed.length === 1 ? allowed[0] : decision.order;
    const day = order === 'dmy' ? shown.first : shown.second;
    const month = order === 'dmy' ? shown.second : shown.first;
    return wrap(at(shown.year, month, day), allowed.length === 2 && !decision.settled && shown.first !== shown.second);
  }
  const withoutTime = time ? rest.replace(time[0], ' ') : rest;
  const words = withoutTime.match(/[a-z]+|\d+/g) ?? [];
  // The last month word wins: French weekday "mar." (mardi) is also March's abbreviation.
  const month = words
    .map((w) => MONTHS[w])
    .filter((m) => m !== undefined)
    .pop();
  const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const year = numbers.find((n) => n > 31);
  const day = numbers.find((n) => n >= 1 && n <= 31);
  if (month === undefined || year === undefined || day === undefined) return null;
  return wrap(at(year, month, day), false);
}

function wrap(iso: string | null, ambiguous: boolean): ReadDate | null {
  return iso === null ? null : { iso, ambiguous };
}
