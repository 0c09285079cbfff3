import { describe, expect, it } from 'vitest';
import { addDays } from '../../../utils/calendar/iso-date';
import { formatDateLong } from '../../../utils/templates/format-date';

describe('formatDateLong: a day as letters print it, without Intl (a cold worker would pay its start-up)', () => {
  it('writes every day of three years as Intl’s long format does, with the French "1er"', () => {
    const intl = {
      fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    for (let day = '2026-01-01'; day < '2029-01-01'; day = addDays(day, 1)) {
      const at = new Date(`${day}T00:00:00Z`);
      expect(formatDateLong(day, 'en')).toBe(intl.en.format(at));
      expect(formatDateLong(day, 'fr')).toBe(day.endsWith('-01') ? intl.fr.format(at).replace(/^1 /, '1er ') : intl.fr.format(at));
    }
  });

  it('prints the examples the letters use', () => {
    expect(formatDateLong('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatDateLong('2026-12-15', 'fr')).toBe('15 décembre 2026');
    expect(formatDateLong('2027-08-01', 'en')).toBe('1 August 2027');
    expect(formatDateLong('2028-02-29', 'fr')).toBe('29 février 2028');
  });
});
