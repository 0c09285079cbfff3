/**
 * A mail's instant as both webmails' adapters give it to the core: ISO 8601 in the page's own offset, so the date part
 * is the user's day (the reply readers take the day as written).
 */

// A thread is read again on every change of the page and the time zone lookup is slow (~25 µs a call): remembered.
const isoCache = new Map<number, string>();
const ISO_CACHE_MAX = 2_000;

/** ISO 8601 with the page's UTC offset, e.g. "2026-11-02T10:14:00+01:00". */
export function isoWithOffset(ms: number): string {
  const known = isoCache.get(ms);
  if (known !== undefined) return known;
  if (isoCache.size >= ISO_CACHE_MAX) isoCache.clear();
  const iso = formatIsoWithOffset(ms);
  isoCache.set(ms, iso);
  return iso;
}

function formatIsoWithOffset(ms: number): string {
  const date = new Date(ms);
  const offsetMin = -date.getTimezoneOffset();
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
