// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutlookPage } from '../../../../utils/webmail/outlook/read-outlook-page';
import { fragmentPath, loadFragment } from './load-fragment';

const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

/** The saved English conversation with every date Outlook prints (messages and list rows) rewritten as given, oldest last. */
function conversationShowing(dates: string[], lang: string) {
  loadFragment(fragmentPath('conversation-en'), { lang });
  const times = [...document.querySelectorAll('[data-testid="SentReceivedSavedTime"]')];
  times.forEach((time, i) => {
    time.setAttribute('title', dates[i]);
    time.textContent = dates[i];
  });
  for (const row of document.querySelectorAll('.Ovd4P')) row.textContent = dates[0];
  const state = readOutlookPage(document, new URL(window.location.href));
  if (state.kind !== 'thread') throw new Error(`expected a thread, got ${state.kind}`);
  return state.thread.messages;
}

describe('Outlook dates on a page that says only "en"', () => {
  it('reads day-first dates by their weekdays: 1 October and 10 November, not 10 January and 11 October', () => {
    const messages = conversationShowing(['Tue 10/11/2026 16:40', 'Thu 01/10/2026 12:00', 'Thu 01/10/2026 10:00', 'Thu 01/10/2026 09:30'], 'en');
    expect(messages.map((m) => m.date)).toEqual([
      '2026-10-01T09:30:00+02:00',
      '2026-10-01T10:00:00+02:00',
      '2026-10-01T12:00:00+02:00',
      '2026-11-10T16:40:00+01:00',
    ]);
    expect(messages.some((m) => m.dateAmbiguous)).toBe(false);
  });

  it('lets one date with a day above 12 settle every other date of the page', () => {
    const messages = conversationShowing(['13/10/2026 16:40', '02/10/2026 12:00', '02/10/2026 10:00', '01/10/2026 09:30'], 'en');
    expect(messages.map((m) => m.date.slice(0, 10))).toEqual(['2026-10-01', '2026-10-02', '2026-10-02', '2026-10-13']);
    expect(messages.some((m) => m.dateAmbiguous)).toBe(false);
  });

  it('marks every date ambiguous when the page has only ambiguous dates and no weekdays', () => {
    const messages = conversationShowing(['04/05/2026 16:40', '03/04/2026 12:00', '02/03/2026 10:00', '01/02/2026 09:30'], 'en');
    expect(messages).toHaveLength(4);
    expect(messages.every((m) => m.dateAmbiguous === true)).toBe(true);
  });

  it('takes a regional language tag as settling when the dates themselves do not', () => {
    const messages = conversationShowing(['04/05/2026 16:40', '03/04/2026 12:00', '02/03/2026 10:00', '01/02/2026 09:30'], 'en-GB');
    expect(messages.map((m) => m.date.slice(0, 10))).toEqual(['2026-02-01', '2026-03-02', '2026-04-03', '2026-05-04']);
    expect(messages.some((m) => m.dateAmbiguous)).toBe(false);
  });
});
