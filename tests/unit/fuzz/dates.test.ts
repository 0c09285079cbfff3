/** Fuzz: date readers and writers. A written date reads back as the same day; hostile text gives real days or nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, numericOrderFor, resolveFoundDate } from '../../../utils/detect/date';
import { foldText } from '../../../utils/detect/fold';
import { makeIsoDate } from '../../../utils/calendar/iso-date';
import { parseDate } from '../../../utils/import/parse-date';
import { addDays, daysBetween, toDayNumber } from '../../../utils/calendar/iso-date';
import { shortDate } from '../../../utils/export/short-date';
import { formatDateLong } from '../../../utils/templates/format-date';
import { fuzz } from './fuzz-run';
import { hostileString, mailLikeText } from './hostile-strings';

const isoDay = fc
  .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const language = fc.constantFrom('fr' as const, 'en' as const);

/** The ISO days a text names, as detection reads it. */
function daysIn(text: string, order: 'dmy' | 'mdy' = 'dmy'): Array<string | undefined> {
  return findDates(foldText(text), order).map((d) => resolveFoundDate(d, '2026-01-01'));
}

describe('fuzz: dates', () => {
  it('a date the letters print reads back: detection of formatDateLong and shortDate, import of shortDate and ISO', async () => {
    await fuzz(
      'printed date round trip',
      fc.tuple(isoDay, language),
      ([day, lang]) => {
        expect(daysIn(`Échéance : ${formatDateLong(day, lang)}.`)).toEqual([day]);
        if (lang === 'fr') expect(parseDate(shortDate(day, 'fr'))).toBe(day);
        expect(daysIn(`due ${shortDate(day, lang)}`)).toEqual([day]);
        expect(daysIn(`date ${day} `)).toEqual([day]);
        expect(parseDate(day)).toBe(day);
        expect(parseDate(`${day}T10:00:00+01:00`)).toBe(day);
      },
      { runs: 1_500, caseMs: 250 },
    );
  });

  it('calendar arithmetic: addDays and daysBetween are inverse', async () => {
    await fuzz(
      'addDays/daysBetween',
      fc.tuple(isoDay, fc.integer({ min: -20_000, max: 20_000 })),
      ([day, n]) => {
        const moved = addDays(day, n);
        expect(moved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(daysBetween(day, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(day);
      },
      { runs: 1_500, caseMs: 250 },
    );
  });

  it('hostile text: every date found is a real calendar day, offsets in order, never a throw', async () => {
    await fuzz(
      'date readers on hostile text',
      fc.tuple(fc.oneof(hostileString(80), mailLikeText(8)), fc.constantFrom('dmy' as const, 'mdy' as const)),
      ([text, order]) => {
        const folded = foldText(text);
        expect(folded.length).toBe(text.length); // offsets point into the original text
        const found = findDates(folded, order);
        let previous = -1;
        for (const date of found) {
          expect(date.start).toBeGreaterThan(previous - 1);
          expect(date.end).toBeGreaterThan(date.start);
          previous = date.start;
          const iso = resolveFoundDate(date, '2026-11-23', '2026-01-01');
          if (iso !== undefined) expect(() => toDayNumber(iso)).not.toThrow();
        }
        expect(['dmy', 'mdy']).toContain(numericOrderFor(folded, 'en', order));
        const imported = parseDate(text);
        if (imported !== undefined) expect(() => toDayNumber(imported)).not.toThrow();
      },
      { runs: 2_000, caseMs: 250 },
    );
  });

  it('makeIsoDate: a day exists exactly when toDayNumber accepts it', async () => {
    await fuzz(
      'makeIsoDate',
      fc.tuple(fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })),
      ([y, m, d]) => {
        const iso = makeIsoDate(y, m, d);
        const real = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        let valid = y >= 1900 && y <= 2200 && m >= 1 && d >= 1;
        try {
          toDayNumber(real);
        } catch {
          valid = false;
        }
        expect(iso).toBe(valid ? real : undefined);
      },
      { runs: 2_000, caseMs: 250 },
    );
  });
});
