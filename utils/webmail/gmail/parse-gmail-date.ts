/**
 * Gmail's date titles are written in the interface language ("Mon, Nov 2, 2026, 10:14 AM",
 * "lun. 2 nov. 2026, 10:14", older "... at 10:14 AM" / "... à 10:14"), some locales with digits only
 * ("Thu, 01/10/2026, 09:30"). Used only when a message has no legacy id (a just-sent `#msg-a:` message); the time is
 * the page's local time. Digits follow the same evidence rule as Outlook (utils/calendar/day-month-order.ts).
 */
import { decideDayMonthOrder, possibleOrders, type DayMonthDecision } from '../../calendar/day-month-order';
import { foldDateText, numericDateIn } from '../numeric-date';

const MONTHS: Record<string, number> = {
  jan: 0,
  janv: 0,
  feb: 1,
  fev: 1,
  fevr: 1,
  mar: 2,
  mars: 2,
  apr: 3,
  avr: 3,
  may: 4,
  mai: 4,
  jun: 5,
  juin: 5,
  jul: 6,
  juil: 6,
  aug: 7,
  aou: 7,
  aout: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** Milliseconds since 1970 of an English or French Gmail date title, or NaN. */
export function parseGmailDateTitle(title: string): number {
  return readGmailDateTitle(title).ms;
}

/**
 * A Gmail date title as milliseconds (NaN when unreadable); `ambiguous` when it is digits whose day and month nothing
 * told apart. `page`: the order every date title of the page settles on (its weekdays, a day above 12).
 */
export function readGmailDateTitle(title: string, page?: DayMonthDecision): { ms: number; ambiguous: boolean } {
  const shown = numericDateIn(title);
  return shown ? readNumeric(title, shown, page) : { ms: readWords(title), ambiguous: false };
}

function readNumeric(
  title: string,
  shown: NonNullable<ReturnType<typeof numericDateIn>>,
  page: DayMonthDecision | undefined,
): { ms: number; ambiguous: boolean } {
  const decision = page ?? decideDayMonthOrder([shown]);
  const own = possibleOrders(shown);
  const allowed = own.length ? own : possibleOrders({ ...shown, weekday: undefined });
  if (!allowed.length) return { ms: NaN, ambiguous: false };
  const order = allowed.length === 1 ? allowed[0] : decision.order;
  const [day, month] = order === 'dmy' ? [shown.first, shown.second] : [shown.second, shown.first];
  const folded = foldDateText(title);
  const [hours, minutes] = timeOf(folded.slice(0, shown.index) + ' ' + folded.slice(shown.index + shown.length));
  return {
    ms: new Date(shown.year, month - 1, day, hours, minutes).getTime(),
    ambiguous: allowed.length === 2 && !decision.settled && shown.first !== shown.second,
  };
}

/** Hours and minutes of "10:14 AM", "18:31", "18h31"; midnight when there is no time. */
function timeOf(text: string): [number, number] {
  const time = /\b(\d{1,2})[:h](\d{2})\s*([ap])?\.?\s*m?\b/.exec(text.toLowerCase());
  let hours = time ? Number(time[1]) : 0;
  if (time?.[3] === 'p' && hours < 12) hours += 12;
  if (time?.[3] === 'a' && hours === 12) hours = 0;
  return [hours, time ? Number(time[2]) : 0];
}

function readWords(title: string): number {
  const text = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const year = /\b(20\d\d)\b/.exec(text);
  // Day before month first (French: "mar. 3 nov." where "mar." is Tuesday), then month before day (English).
  const dayMonth = [...text.matchAll(/(\d{1,2})\s+([a-z]{3,5})\b/g)].find((m) => MONTHS[m[2]] !== undefined);
  const monthDay = [...text.matchAll(/\b([a-z]{3,5})\.?\s+(\d{1,2})\b/g)].find((m) => MONTHS[m[1]] !== undefined);
  const month = dayMonth ? MONTHS[dayMonth[2]] : monthDay ? MONTHS[monthDay[1]] : -1;
  const day = Number(dayMonth ? dayMonth[1] : monthDay ? monthDay[2] : 0);
  if (!year || month < 0 || day < 1 || day > 31) return NaN;
  const [hours, minutes] = timeOf(text);
  return new Date(Number(year[1]), month, day, hours, minutes).getTime();
}
