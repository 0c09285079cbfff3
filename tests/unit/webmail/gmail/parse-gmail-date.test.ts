import { describe, expect, it } from 'vitest';
import { parseGmailDateTitle, readGmailDateTitle } from '../../../../utils/webmail/gmail/parse-gmail-date';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

describe('parseGmailDateTitle', () => {
  it.each([
    ['Fri, Nov 6, 2026, 6:31 PM', local(2026, 11, 6, 18, 31)],
    ['ven. 6 nov. 2026, 18:31', local(2026, 11, 6, 18, 31)],
    ['Thu, Dec 18, 2014 at 12:35 PM', local(2014, 12, 18, 12, 35)],
    ['jeu. 18 déc. 2014 à 00:05', local(2014, 12, 18, 0, 5)],
    ['Sun, Mar 1, 2026, 12:10 AM', local(2026, 3, 1, 0, 10)],
    // "mar." is Tuesday in French, not March.
    ['mar. 3 nov. 2026, 09:00', local(2026, 11, 3, 9, 0)],
    ['mar. 3 mars 2026, 09:00', local(2026, 3, 3, 9, 0)],
    ['sam. 1 août 2026, 07:45', local(2026, 8, 1, 7, 45)],
  ])('%s', (title, expected) => {
    expect(parseGmailDateTitle(title)).toBe(expected);
  });

  it('gives NaN for titles it cannot read (another language falls back to the id)', () => {
    expect(parseGmailDateTitle('')).toBeNaN();
    expect(parseGmailDateTitle('2026年11月6日 18:31')).toBeNaN();
  });
});

describe('readGmailDateTitle with digits only: the same evidence rule as Outlook', () => {
  it('reads the weekday beside a numeric title and marks a title nothing tells apart', () => {
    expect(readGmailDateTitle('Thu, 01/10/2026, 09:30')).toEqual({ ms: local(2026, 10, 1, 9, 30), ambiguous: false });
    expect(readGmailDateTitle('02/03/2026, 09:30')).toEqual({ ms: local(2026, 2, 3, 9, 30), ambiguous: true });
    expect(readGmailDateTitle('02/03/2026, 09:30', { order: 'dmy', settled: true })).toEqual({ ms: local(2026, 3, 2, 9, 30), ambiguous: false });
    expect(readGmailDateTitle('Fri, Nov 6, 2026, 6:31 PM')).toEqual({ ms: local(2026, 11, 6, 18, 31), ambiguous: false });
  });
});
