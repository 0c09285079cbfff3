/**
 * Gmail's date titles are written in the interface language ("Mon, Nov 2, 2026, 10:14 AM",
 * "lun. 2 nov. 2026, 10:14", older "... at 10:14 AM" / "... à 10:14"). Used only when a message has no legacy id
 * (a just-sent `#msg-a:` message); the time is the page's local time.
 */

const MONTHS: Record<string, number> = {
  jan: 0, janv: 0, feb: 1, fev: 1, fevr: 1, mar: 2, mars: 2, apr: 3, avr: 3, may: 4, mai: 4, jun: 5, juin: 5,
  jul: 6, juil: 6, aug: 7, aou: 7, aout: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

/** Milliseconds since 1970 of an English or French Gmail date title, or NaN. */
export function parseGmailDateTitle(title: string): number {
  const text = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const year = /\b(20\d\d)\b/.exec(text);
  const time = /\b(\d{1,2})[:h](\d{2})\s*([ap])?\.?\s*m?\b/.exec(text);
  // Day before month first (French: "mar. 3 nov." where "mar." is Tuesday), then month before day (English).
  const dayMonth = [...text.matchAll(/(\d{1,2})\s+([a-z]{3,5})\b/g)].find((m) => MONTHS[m[2]] !== undefined);
  const monthDay = [...text.matchAll(/\b([a-z]{3,5})\.?\s+(\d{1,2})\b/g)].find((m) => MONTHS[m[1]] !== undefined);
  const month = dayMonth ? MONTHS[dayMonth[2]] : monthDay ? MONTHS[monthDay[1]] : -1;
  const day = Number(dayMonth ? dayMonth[1] : monthDay ? monthDay[2] : 0);
  if (!year || month < 0 || day < 1 || day > 31) return NaN;
  let hours = time ? Number(time[1]) : 0;
  const minutes = time ? Number(time[2]) : 0;
  if (time?.[3] === 'p' && hours < 12) hours += 12;
  if (time?.[3] === 'a' && hours === 12) hours = 0;
  return new Date(Number(year[1]), month, day, hours, minutes).getTime();
}
