import { describe, expect, it } from 'vitest';
import { isRelanceText, writtenBeforeTracking } from '../../../utils/mailbox/written-before-tracking';
import type { MailMessage } from '../../../utils/mail/types';

const message = (date: string, text = 'Bonjour Paul, la facture F-2026-028 reste impayée.'): MailMessage => ({
  id: 'm1',
  subject: 'Relance',
  from: { email: 'me@x.fr' },
  to: [],
  date,
  text,
  attachments: [],
});
const tracked = '2026-12-03T09:05:40.000Z';

describe('a mail written before tracking', () => {
  it('is one Relance read at or before tracking, whatever its date', () => {
    expect(writtenBeforeTracking(message('2026-12-03T10:05:00+01:00'), tracked, '2026-12-03T09:01:00.000Z')).toBe(true);
  });

  it('is never a mail first read after tracking whose date, to the minute, is the tracking minute', () => {
    // Sent at 10:05:50 Paris, shown as 10:05: earlier than tracking (10:05:40) by the display, later in fact.
    expect(writtenBeforeTracking(message('2026-12-03T10:05:00+01:00'), tracked, '2026-12-03T09:06:10.000Z')).toBe(false);
    expect(writtenBeforeTracking(message('2026-12-03T10:02:00+01:00'), tracked)).toBe(false);
  });

  it('is never a mail shown with its day only, on the tracking day', () => {
    expect(writtenBeforeTracking(message('2026-12-03T00:00:00+01:00'), tracked)).toBe(false);
    expect(writtenBeforeTracking(message('2026-12-01T00:00:00+01:00'), tracked)).toBe(true);
  });

  it('is a mail dated clearly earlier', () => {
    expect(writtenBeforeTracking(message('2026-11-16T09:02:00+01:00'), tracked)).toBe(true);
    expect(writtenBeforeTracking(message('2026-12-03T09:40:00+01:00'), tracked)).toBe(true);
  });
});

describe('a mail Relance filled', () => {
  it('is recognised by the opening of the inserted text, whatever the spacing and the quoted history', () => {
    const body = 'Bonjour Paul,\n\nSauf erreur de ma part, la facture n° F-2026-028 de 1 200,00 €, échue le 20/10/2026, reste impayée à ce jour.';
    expect(
      isRelanceText(
        message(
          '2026-12-03T10:05:00+01:00',
          `Bonjour Paul,  Sauf erreur de ma part, la facture n° F-2026-028 de 1 200,00 €, échue le 20/10/2026, reste impayée à ce jour.\n\nLe 27 oct. a écrit :\n> ...`,
        ),
        [body],
      ),
    ).toBe(true);
    expect(isRelanceText(message('2026-12-03T10:05:00+01:00', 'Bonjour Paul, je reviens vers vous pour la facture F-2026-028.'), [body])).toBe(false);
    expect(isRelanceText(message('2026-12-03T10:05:00+01:00'), [])).toBe(false);
  });
});
