// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { messageTime } from '../../../../utils/webmail/gmail/read-thread';

/** Messages without a legacy id (just sent): only their date titles tell when they were written. */
function page(lang: string, titles: string[]): HTMLElement[] {
  document.documentElement.lang = lang;
  document.body.replaceChildren();
  return titles.map((title, i) => {
    const message = document.createElement('div');
    message.setAttribute('data-message-id', `#msg-a:r${i}`);
    const date = document.createElement('span');
    date.className = 'g3';
    date.title = title;
    message.append(date);
    document.body.append(message);
    return message;
  });
}

afterEach(() => {
  document.documentElement.lang = '';
  document.body.replaceChildren();
});

describe('when a Gmail message was sent, read from its date title (the send check compares it with now)', () => {
  it('reads digits with the order the page settles on: a 13/10 elsewhere on the page makes 02/03 the 2nd of March', () => {
    const [first] = page('en', ['02/03/2026, 09:30', '13/10/2026, 10:00']);
    expect(messageTime(first)).toBe(new Date(2026, 2, 2, 9, 30).getTime());
  });

  it('reads digits with the page language tag when no date settles it', () => {
    const [first] = page('en-GB', ['02/03/2026, 09:30']);
    expect(messageTime(first)).toBe(new Date(2026, 2, 2, 9, 30).getTime());
  });

  it('still reads words and gives NaN for what it cannot read', () => {
    const [words, unreadable] = page('en', ['Fri, Nov 6, 2026, 6:31 PM', '']);
    expect(messageTime(words)).toBe(new Date(2026, 10, 6, 18, 31).getTime());
    expect(messageTime(unreadable)).toBeNaN();
  });
});
