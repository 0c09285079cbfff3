import { toDayNumber } from '../calendar/iso-date';

/**
 * A date as invoicing tools export it → 'YYYY-MM-DD': ISO (with or without a time), or day first as French tools
 * write it (31/01/2026, 31.01.2026, 31-01-26). Undefined when it is not a real calendar date.
 */
export function parseDate(text: string): string | undefined {
  const s = text.trim();
  let y: string, m: string, d: string;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(s);
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?$/.exec(s);
  if (iso) [, y, m, d] = iso;
  else if (dayFirst) {
    [, d, m, y] = dayFirst;
    // Two-digit years: invoices are recent, so 26 means 2026.
    if (y.length === 2) y = `20${y}`;
  } else return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  try {
    toDayNumber(date);
    return date;
  } catch {
    return undefined;
  }
}
