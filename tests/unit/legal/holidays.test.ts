import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, isBusinessDay, nextBusinessDay } from '../../../utils/legal/holidays';

describe('easterSunday', () => {
  // Published Easter dates (Gregorian), including the extremes 22 March and 25 April.
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => expect(easterSunday(year)).toBe(date));
});

describe('frenchPublicHolidays', () => {
  it('lists the 11 holidays of 2026 with the movable ones from Easter', () => {
    expect(frenchPublicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('adds Good Friday and 26 December in Alsace-Moselle', () => {
    const dates = frenchPublicHolidays(2026, 'alsace-moselle').map((h) => h.date);
    expect(dates).toContain('2026-04-03');
    expect(dates).toContain('2026-12-26');
    expect(dates).toHaveLength(13);
  });
});

describe('business days', () => {
  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2026-11-23')).toBe(true); // Monday
    expect(isBusinessDay('2026-11-22')).toBe(false); // Sunday
    expect(isBusinessDay('2026-11-11')).toBe(false); // Armistice, a Wednesday
    expect(nextBusinessDay('2026-12-25')).toBe('2026-12-28'); // Friday holiday → Monday
    expect(nextBusinessDay('2026-05-23')).toBe('2026-05-26'); // Saturday, Sunday, Whit Monday
    expect(nextBusinessDay('2026-04-03')).toBe('2026-04-03');
    expect(nextBusinessDay('2026-04-03', 'alsace-moselle')).toBe('2026-04-07'); // Good Friday, weekend, Easter Monday
  });
});
