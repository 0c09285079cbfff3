/** Today's date in the user's own calendar (local time zone), as YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The calendar day of an ISO timestamp in the user's time zone; the date part as written when unparseable. */
export function localDayOf(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso.slice(0, 10) : localDate(new Date(time));
}

/**
 * The calendar day of a mail's timestamp in the user's time zone, or nothing when the webmail gave none it could read
 * ('' or any other text): evidence is dated by it, so a guess never stands in for it.
 */
export function readableDayOf(iso: string): string | undefined {
  const time = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? undefined : localDate(new Date(time));
}
