/** Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so no local time zone can shift a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date; throws on anything else. */
export function toDayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match.map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    throw new Error(`Not a calendar date: ${date}`);
  }
  return ms / MS_PER_DAY;
}

/** 'YYYY-MM-DD' for a day number from `toDayNumber`. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** `date` plus whole months; a day missing in the target month becomes its last day (31 January + 1 month = 28 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** `date` plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** 'YYYY-MM-DD' for a real calendar day, or undefined (31/02/2026 does not exist). */
export function makeIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day as written in an ISO 8601 timestamp (the sender's local day), or undefined. */
export function localDateOf(timestamp: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(timestamp ?? '');
  return m ? makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Last day of the month, `monthsAhead` months after the one of `date`. */
export function endOfMonth(date: string, monthsAhead = 0): string {
  const [y, m] = date.split('-').map(Number);
  return fromDayNumber(Date.UTC(y, m + monthsAhead, 0) / MS_PER_DAY);
}
