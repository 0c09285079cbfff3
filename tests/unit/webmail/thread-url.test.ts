import { describe, expect, it } from 'vitest';
import { gmailThreadUrl } from '../../../utils/webmail/gmail/thread-url';
import { outlookThreadUrl } from '../../../utils/webmail/outlook/thread-url';

describe('a thread’s own address in the webmail', () => {
  it('Gmail: the signed-in account’s page, #all/<id>, whatever page the user is on', () => {
    expect(gmailThreadUrl('https://mail.google.com/mail/u/1/#search/facture', '1a10ae7b60016709')).toBe(
      'https://mail.google.com/mail/u/1/#all/1a10ae7b60016709',
    );
  });

  it('Outlook: the same host, the /mail/0/ account of outlook.live.com kept, the id encoded', () => {
    expect(outlookThreadUrl('https://outlook.office.com/mail/sentitems', 'AAQk/a+b=')).toBe('https://outlook.office.com/mail/inbox/id/AAQk%2Fa%2Bb%3D');
    expect(outlookThreadUrl('https://outlook.live.com/mail/0/inbox/id/x', 'AQM1')).toBe('https://outlook.live.com/mail/0/inbox/id/AQM1');
  });
});
