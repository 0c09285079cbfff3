/** Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so the host's time zone never shifts a day. */

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
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

/** Adds (or subtracts) calendar days. */
export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Adds working days (Monday to Friday), public holidays not counted. */
export function addBusinessDays(iso: string, days: number): string {
  let out = iso;
  for (let left = days; left > 0; ) {
    out = addDays(out, 1);
    const wd = weekday(out);
    if (wd !== 0 && wd !== 6) left--;
  }
  return out;
}

/** Last day of the month, `monthsAhead` months after the one of `iso`. */
export function endOfMonth(iso: string, monthsAhead = 0): string {
  const d = new Date(toUtc(iso));
  return fromUtc(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1 + monthsAhead, 0));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}
