import { addDays, isoWeekday } from '../calendar/iso-date';
import { compareCodeUnits } from '../model/compare-code-units';

/** Alsace-Moselle keeps two more public holidays (Good Friday, 26 December) under its local law. */
export type HolidayRegion = 'metropole' | 'alsace-moselle';

export interface PublicHoliday {
  date: string;
  name: { fr: string; en: string };
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** French public holidays (jours fériés, C. trav. L3133-1) of a year, in date order. */
export function frenchPublicHolidays(year: number, region: HolidayRegion = 'metropole'): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (md: string, fr: string, en: string): PublicHoliday => ({ date: `${year}-${md}`, name: { fr, en } });
  const movable = (offset: number, fr: string, en: string): PublicHoliday => ({ date: addDays(easter, offset), name: { fr, en } });
  const holidays = [
    fixed('01-01', 'Jour de l’an', 'New Year’s Day'),
    movable(1, 'Lundi de Pâques', 'Easter Monday'),
    fixed('05-01', 'Fête du Travail', 'Labour Day'),
    fixed('05-08', 'Victoire 1945', 'Victory in Europe Day'),
    movable(39, 'Ascension', 'Ascension Day'),
    movable(50, 'Lundi de Pentecôte', 'Whit Monday'),
    fixed('07-14', 'Fête nationale', 'Bastille Day'),
    fixed('08-15', 'Assomption', 'Assumption Day'),
    fixed('11-01', 'Toussaint', 'All Saints’ Day'),
    fixed('11-11', 'Armistice 1918', 'Armistice Day'),
    fixed('12-25', 'Noël', 'Christmas Day'),
  ];
  if (region === 'alsace-moselle') {
    holidays.push(movable(-2, 'Vendredi saint', 'Good Friday'), fixed('12-26', 'Saint-Étienne', 'St Stephen’s Day'));
  }
  return holidays.sort((x, y) => compareCodeUnits(x.date, y.date));
}

/** The holiday falling on `date`, if any. */
export function publicHolidayOn(date: string, region: HolidayRegion = 'metropole'): PublicHoliday | undefined {
  return frenchPublicHolidays(Number(date.slice(0, 4)), region).find((h) => h.date === date);
}

/** Monday to Friday and not a public holiday. */
export function isBusinessDay(date: string, region: HolidayRegion = 'metropole'): boolean {
  return isoWeekday(date) <= 5 && !publicHolidayOn(date, region);
}

/** `date` itself when it is a business day, otherwise the next business day. */
export function nextBusinessDay(date: string, region: HolidayRegion = 'metropole'): string {
  let day = date;
  while (!isBusinessDay(day, region)) day = addDays(day, 1);
  return day;
}

/** Départements under Alsace-Moselle local law, which keeps Good Friday and 26 December (C. trav. L3134-13). */
export const ALSACE_MOSELLE_DEPARTMENTS = ['67', '68', '57'] as const;
export type AlsaceMoselleDepartment = (typeof ALSACE_MOSELLE_DEPARTMENTS)[number];

/** The holiday calendar of the user's département (settings.department); any other is the metropolitan one. */
export function holidayRegionFor(department: string | undefined): HolidayRegion {
  return (ALSACE_MOSELLE_DEPARTMENTS as readonly string[]).includes(department ?? '') ? 'alsace-moselle' : 'metropole';
}

/** The last day of a `days`-day deadline from `from`; one ending on a weekend or holiday runs to the next business day (CPC 642). */
export function deadlineAfter(from: string, days: number, region: HolidayRegion = 'metropole'): string {
  return nextBusinessDay(addDays(from, days), region);
}
