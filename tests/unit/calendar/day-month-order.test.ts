import { describe, expect, it } from 'vitest';
import { decideDayMonthOrder, possibleOrders, regionalOrder } from '../../../utils/calendar/day-month-order';
import { numericDateIn, pageDayMonthOrder } from '../../../utils/webmail/numeric-date';

describe('day/month order by evidence', () => {
  it('a weekday beside the date keeps only the reading it fits', () => {
    // 1 October 2026 is a Thursday, 10 January 2026 a Saturday.
    expect(possibleOrders({ first: 1, second: 10, year: 2026, weekday: 4 })).toEqual(['dmy']);
    expect(possibleOrders({ first: 1, second: 10, year: 2026, weekday: 6 })).toEqual(['mdy']);
    expect(possibleOrders({ first: 1, second: 10, year: 2026 })).toEqual(['dmy', 'mdy']);
    expect(possibleOrders({ first: 13, second: 10, year: 2026 })).toEqual(['dmy']);
  });

  it('reads the weekday word in English, French and German date texts', () => {
    expect(numericDateIn('Thu 01/10/2026 09:30')).toMatchObject({ first: 1, second: 10, year: 2026, weekday: 4 });
    expect(numericDateIn('jeu. 01/10/2026 09:30')).toMatchObject({ weekday: 4 });
    expect(numericDateIn('Do 01.10.2026 09:30')).toMatchObject({ weekday: 4 });
    expect(numericDateIn('01/10/26, 09:30')).toMatchObject({ first: 1, second: 10, year: 2026 });
    expect(numericDateIn('Yesterday 09:30')).toBeUndefined();
  });

  it('one telling date (a day above 12, or a weekday) settles the order of every date of the page', () => {
    expect(pageDayMonthOrder(['01/10/2026 09:30', '13/10/2026 10:00', '02/11/2026 08:00'], 'en')).toEqual({ order: 'dmy', settled: true });
    expect(pageDayMonthOrder(['Tue 10/11/2026 16:40', '02/03/2026 08:00'], 'en')).toEqual({ order: 'dmy', settled: true });
    expect(pageDayMonthOrder(['Tue 3/10/2026 2:05 PM', '02/03/2026 08:00'], 'en-GB')).toEqual({ order: 'mdy', settled: true });
  });

  it('a page with only ambiguous dates and no weekdays stays unsettled under a bare "en"', () => {
    expect(pageDayMonthOrder(['02/03/2026 09:30', '04/05/2026 10:00'], 'en')).toEqual({ order: 'mdy', settled: false });
    expect(pageDayMonthOrder(['02/03/2026 09:30'], '')).toEqual({ order: 'mdy', settled: false });
  });

  it('takes a regional setting only when it says something: a region, or a language written one way everywhere', () => {
    expect(regionalOrder('en')).toBeUndefined();
    expect(regionalOrder('en-GB')).toBe('dmy');
    expect(regionalOrder('en-IE')).toBe('dmy');
    expect(regionalOrder('en-US')).toBe('mdy');
    expect(regionalOrder('fr')).toBe('dmy');
    expect(regionalOrder('de-DE')).toBe('dmy');
    expect(regionalOrder('not a tag!')).toBeUndefined();
    expect(decideDayMonthOrder([{ first: 2, second: 3, year: 2026 }], 'dmy')).toEqual({ order: 'dmy', settled: true });
  });

  it('evidence on the page wins over the regional setting', () => {
    expect(decideDayMonthOrder([{ first: 1, second: 10, year: 2026, weekday: 4 }], 'mdy')).toEqual({ order: 'dmy', settled: true });
  });
});
