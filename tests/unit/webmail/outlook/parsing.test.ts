// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementText } from '../../../../utils/webmail/element-text';
import { parseOutlookRoute } from '../../../../utils/webmail/outlook/outlook-route';
import { parseOutlookDate, readOutlookDate } from '../../../../utils/webmail/outlook/parse-outlook-date';
import { readAddresses } from '../../../../utils/webmail/outlook/read-addresses';

const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

const html = (markup: string) => {
  const div = document.createElement('div');
  div.innerHTML = markup; // test input only
  return div;
};

describe('parseOutlookRoute', () => {
  it.each([
    ['/mail/', { module: 'mail' }],
    ['/mail/inbox', { module: 'mail', folder: 'inbox' }],
    ['/mail/inbox/id/AAQkADAw%2FATM%3D', { module: 'mail', folder: 'inbox', itemId: 'AAQkADAw/ATM=' }],
    ['/mail/0/sentitems/id/AAQk1', { module: 'mail', folder: 'sentitems', itemId: 'AAQk1' }],
    ['/mail/id/AAQk2', { module: 'mail', itemId: 'AAQk2' }],
    ['/mail/deeplink/read/AAMk3', { module: 'mail', itemId: 'AAMk3' }],
    ['/calendar/view/month', { module: 'other' }],
  ])('%s', (path, route) => {
    expect(parseOutlookRoute(path)).toEqual(route);
  });
});

describe('parseOutlookDate', () => {
  it.each([
    ['mar. 10/03/2026 14:05', 'fr-FR', '2026-03-10T14:05:00+01:00'],
    ['Tue 3/10/2026 2:05 PM', 'en-US', '2026-03-10T14:05:00+01:00'],
    ['Tue 10/03/2026 14:05', 'en-GB', '2026-03-10T14:05:00+01:00'],
    ['Di 10.03.2026 09:05', 'de-DE', '2026-03-10T09:05:00+01:00'],
    ['mardi 10 juin 2026 10 h 15', 'fr-FR', '2026-06-10T10:15:00+02:00'],
    ['mar. 10 juin 2026 10:15', 'fr-FR', '2026-06-10T10:15:00+02:00'],
    ['Tuesday, March 10, 2026 12:30 AM', 'en-US', '2026-03-10T00:30:00+01:00'],
    // A machine timestamp: the same instant, in the page's offset.
    ['2026-03-10T14:05:00Z', 'fr-FR', '2026-03-10T15:05:00+01:00'],
    ['13/03/2026 08:00', 'en-US', '2026-03-13T08:00:00+01:00'],
  ])('%s (%s)', (text, locale, iso) => {
    expect(parseOutlookDate(text, locale)).toBe(iso);
  });

  it('returns null when there is no full date', () => {
    expect(parseOutlookDate('Hier 10:15', 'fr-FR')).toBeNull();
    expect(parseOutlookDate('31/02/2026 10:00', 'fr-FR')).toBeNull();
  });
});

describe('readAddresses', () => {
  it('reads persona chips (address in title) and plain "Name <address>" lines, ignoring the label', () => {
    expect(readAddresses(html('À : <span title="a@x.fr">Anne X</span><span title="b@y.com">b@y.com</span>'))).toEqual([
      { name: 'Anne X', email: 'a@x.fr' },
      { email: 'b@y.com' },
    ]);
    expect(readAddresses(html('<span>To: "Durand, Paul" &lt;paul@d.fr&gt;; compta@d.fr, Paul &lt;PAUL@d.fr&gt;</span>'))).toEqual([
      { name: 'Durand, Paul', email: 'paul@d.fr' },
      { email: 'compta@d.fr' },
    ]);
    expect(readAddresses(null)).toEqual([]);
  });
});

describe('elementText', () => {
  it('turns blocks and line breaks into lines, keeps empty lines, collapses source white space', () => {
    const body = html(`
      <div>Bonjour,</div>
      <div><br></div>
      <div>Montant :&nbsp;2&nbsp;400,00 €<br>Échéance : 04/03/2026</div>
      <p>Cordialement</p>
      <style>.x{}</style>
      <blockquote><div>&gt; citation</div></blockquote>`);
    expect(elementText(body)).toBe('Bonjour,\n\nMontant : 2 400,00 €\nÉchéance : 04/03/2026\nCordialement\n> citation');
  });
});

describe('readOutlookDate: a machine timestamp', () => {
  it("is given in the page's own offset, so a mail's day is the user's", () => {
    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris: "demain" in it means 2 November.
    expect(readOutlookDate('2026-10-31T23:30:00.000Z', 'fr')).toEqual({ iso: '2026-11-01T00:30:00+01:00', ambiguous: false });
    expect(readOutlookDate('2026-10-27T09:30:00+01:00', 'fr')?.iso).toBe('2026-10-27T09:30:00+01:00');
  });
});

describe('readOutlookDate: day and month by evidence, not by "en" alone', () => {
  it('reads "Thu 01/10/2026" with locale "en" as 1 October (the weekday says so)', () => {
    expect(parseOutlookDate('Thu 01/10/2026 09:30', 'en')).toBe('2026-10-01T09:30:00+02:00');
    expect(parseOutlookDate('Tue 10/11/2026 16:40', 'en')).toBe('2026-11-10T16:40:00+01:00');
    expect(readOutlookDate('Thu 01/10/2026 09:30', 'en')).toEqual({ iso: '2026-10-01T09:30:00+02:00', ambiguous: false });
  });

  it('marks a date nothing tells apart, and follows the page order when it has one', () => {
    expect(readOutlookDate('02/03/2026 09:30', 'en')).toEqual({ iso: '2026-02-03T09:30:00+01:00', ambiguous: true });
    expect(readOutlookDate('02/03/2026 09:30', 'en', { order: 'dmy', settled: true })).toEqual({ iso: '2026-03-02T09:30:00+01:00', ambiguous: false });
    // Its own weekday wins over the page's order.
    expect(readOutlookDate('Thu 01/10/2026 09:30', 'en', { order: 'mdy', settled: true })?.iso).toBe('2026-10-01T09:30:00+02:00');
    // The same date either way round is not ambiguous.
    expect(readOutlookDate('05/05/2026 09:30', 'en')?.ambiguous).toBe(false);
  });
});
