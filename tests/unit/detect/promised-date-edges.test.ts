import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../utils/detect/reply';

/** The day a reply received on `day` (Paris) promises, read by the rules alone. */
const promised = (text: string, day: string) => classifyReply(text, `${day}T10:00:00+01:00`, null).promisedDate;

describe('promised dates at the edges of months and years', () => {
  it('drops a day of late December named just after New Year, as a day gone by within a year is', () => {
    expect(promised('Je vous paie le 28 décembre comme convenu.', '2027-01-03')).toBeUndefined();
    expect(promised('Je vous paie le 31/12.', '2027-01-02')).toBeUndefined();
    expect(promised('Je vous paie le 28 décembre comme convenu.', '2026-12-20')).toBe('2026-12-28');
    expect(promised('Je vous paie le 3 mai.', '2026-05-05')).toBeUndefined();
  });

  it('gives no day for a mid-month gone by, but next year\'s for a month to come ("mi-janvier" said in December)', () => {
    expect(promised('Je vous paie mi-octobre.', '2026-10-27')).toBeUndefined();
    expect(promised('Je vous paie mi-février.', '2026-02-20')).toBeUndefined();
    expect(promised('Je vous paie mi-décembre.', '2027-01-03')).toBeUndefined();
    expect(promised('Je vous paie mi-janvier.', '2026-12-10')).toBe('2027-01-15');
    expect(promised('Je vous paie mi-octobre.', '2026-10-02')).toBe('2026-10-15');
  });

  it('takes "le N" in the next month that has day N when the coming one lacks it', () => {
    expect(promised('Je fais le virement le 30.', '2026-01-31')).toBe('2026-03-30');
    expect(promised('Je fais le virement le 29.', '2027-01-30')).toBe('2027-03-29');
    expect(promised('Je fais le virement le 30.', '2026-02-10')).toBe('2026-03-30');
  });

  it("reads a year-less 29 February said in December of a common year as the coming leap year's", () => {
    expect(promised('Je vous paie le 29 février.', '2027-12-10')).toBe('2028-02-29');
    expect(promised('Je vous paie le 29/02.', '2027-12-10')).toBe('2028-02-29');
  });

  it('counts a singular "jour ouvré" in working days, as the plural', () => {
    // Friday 30 October 2026: the next working day is Monday.
    expect(promised('Je vous règle sous 1 jour ouvré.', '2026-10-30')).toBe('2026-11-02');
    expect(promised('Je vous règle sous 2 jours ouvrés.', '2026-10-30')).toBe('2026-11-03');
  });
});

describe('promised dates counted in working days', () => {
  it('counts "jours ouvrés" from the next working day when the reply arrives on a weekend or a public holiday', () => {
    // Saturday 31 October and Sunday 1 November 2026 (All Saints'): Monday is the 1st working day, Tuesday the 2nd.
    expect(promised('Je vous règle sous 2 jours ouvrés.', '2026-10-31')).toBe('2026-11-03');
    expect(promised('Je vous règle sous 2 jours ouvrés.', '2026-11-01')).toBe('2026-11-03');
    // Wednesday 11 November 2026 (Armistice): Thursday is the 1st, Friday the 2nd.
    expect(promised('Je vous règle sous 2 jours ouvrés.', '2026-11-11')).toBe('2026-11-13');
    expect(promised('I will pay within 2 business days.', '2026-10-31')).toBe('2026-11-03');
  });

  it('still counts "jours ouvrés" and "business days" from a weekday as before', () => {
    expect(promised('Je vous règle sous 1 jour ouvré.', '2026-10-30')).toBe('2026-11-02');
    expect(promised('Je vous règle sous 2 jours ouvrés.', '2026-10-30')).toBe('2026-11-03');
    expect(promised('Je vous règle sous 2 jours ouvrés.', '2026-11-10')).toBe('2026-11-13');
    expect(promised('I will pay within 2 business days.', '2026-10-30')).toBe('2026-11-03');
  });

  it('counts Saturdays but not Sundays or public holidays in "jours ouvrables"', () => {
    // Thursday 29 October 2026: Fri 30, Sat 31, (Sun 1 November, a holiday too), Mon 2.
    expect(promised('Je vous règle sous 3 jours ouvrables.', '2026-10-29')).toBe('2026-11-02');
    expect(promised('Je vous règle sous 6 jours ouvrables.', '2026-10-26')).toBe('2026-11-02');
    expect(promised('Je vous règle sous 1 jour ouvrable.', '2026-10-30')).toBe('2026-10-31');
    // Tuesday 10 November 2026: Wed 11 is Armistice, so Thu 12 is the 1st and Sat 14 the 3rd.
    expect(promised('Je vous règle sous 3 jours ouvrables.', '2026-11-10')).toBe('2026-11-14');
  });
});
