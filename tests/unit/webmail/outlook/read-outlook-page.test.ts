// @vitest-environment happy-dom
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutlookPage } from '../../../../utils/webmail/outlook/read-outlook-page';
import { fragmentPath, loadFragment } from './load-fragment';

const here = () => new URL(window.location.href);
const previousTz = process.env.TZ;
// The fragments were saved in a browser set to Paris time; Outlook shows wall-clock time in the reader's zone.
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

describe('readOutlookPage on saved Outlook pages', () => {
  it('reads again only the messages Outlook changed: an unchanged one is the same object, an expanded one gets its body', async () => {
    loadFragment(fragmentPath('conversation-fr'));
    const first = readOutlookPage(document, here());
    if (first.kind !== 'thread') throw new Error(first.kind);
    const reminder = first.thread.messages.find((m) => m.id === 'AAMkADAwATM0MDAAMS1msg0142')!;
    expect(reminder.text).not.toContain('Cordialement');
    // Outlook expands the collapsed reminder: its item is marked expanded and its body rendered.
    const item = document.getElementById('AAMkADAwATM0MDAAMS1msg0142_FROM')!.closest('[aria-expanded]')!;
    item.setAttribute('aria-expanded', 'true');
    const body = document.createElement('div');
    body.setAttribute('role', 'document');
    body.innerHTML =
      '<div aria-label="Corps du message" class="allowTextSelection"><div>Bonjour, relance de la facture F-2026-014.</div><div>Cordialement,</div></div>';
    item.querySelector('.uSg02')!.after(body);
    const second = readOutlookPage(document, here());
    if (second.kind !== 'thread') throw new Error(second.kind);
    const [invoice, expanded, reply] = [...second.thread.messages];
    expect(expanded.text).toContain('Cordialement');
    expect(invoice).toBe(first.thread.messages[0]);
    expect(reply).toBe(first.thread.messages[2]);
  });

  it('reads the open conversation in French: every message, oldest first, with people, dates, text and attachments', () => {
    loadFragment(fragmentPath('conversation-fr'));
    const state = readOutlookPage(document, here());
    expect(state.kind).toBe('thread');
    if (state.kind !== 'thread') return;
    const { thread } = state;
    expect(thread.threadId).toBe('AAQkADAwATM0MDAAMS1invoice014');
    expect(thread.subject).toBe('Facture F-2026-014 – Refonte du site');
    expect(thread.url).toBe(`${window.location.origin}/mail/inbox/id/AAQkADAwATM0MDAAMS1invoice014`);
    expect(thread.messages.map((m) => m.id)).toEqual(['AAMkADAwATM0MDAAMS1msg0141', 'AAMkADAwATM0MDAAMS1msg0142', 'AAMkADAwATM0MDAAMS1msg0143']);
    const [invoice, reminder, reply] = thread.messages;
    expect(invoice.from).toEqual({ name: 'Camille Martin', email: 'camille@atelier-martin.fr' });
    expect(invoice.to).toEqual([{ name: 'Service comptabilité Durand', email: 'compta@durand-sarl.fr' }]);
    expect(invoice.cc).toEqual([{ name: 'Paul Durand', email: 'paul.durand@durand-sarl.fr' }]);
    expect(invoice.date).toBe('2026-02-02T09:30:00+01:00');
    expect(invoice.attachments).toEqual([{ name: 'F-2026-014.pdf' }]);
    expect(invoice.text).toContain("la facture n° F-2026-014 relative à la refonte du site.\nMontant TTC : 2 400,00 €\nDate d'échéance : 04/03/2026");
    expect(invoice.text.startsWith('Bonjour,\n\nVeuillez')).toBe(true);
    // Collapsed in Outlook: sender and date shown, no body rendered; never expanded by us.
    expect(reminder.from.email).toBe('camille@atelier-martin.fr');
    expect(reminder.text).toBe('');
    expect(reply.from).toEqual({ name: 'Paul Durand', email: 'paul.durand@durand-sarl.fr' });
    expect(reply.date).toBe('2026-03-10T14:05:00+01:00');
    // Quoted history is kept, as the contract asks.
    expect(reply.text).toContain('Nous réglerons la facture F-2026-014 par virement le 20/03/2026.');
    expect(reply.text).toContain('De : Camille Martin <camille@atelier-martin.fr>\nEnvoyé : lundi 9 mars 2026 10:00');
    expect(thread.messages.every((m) => m.threadId === thread.threadId && m.subject === thread.subject)).toBe(true);
  });

  it('reads the English interface the same way (month-first dates, English labels)', () => {
    loadFragment(fragmentPath('conversation-en'));
    const state = readOutlookPage(document, here());
    if (state.kind !== 'thread') throw new Error(`expected a thread, got ${state.kind}`);
    expect(document.documentElement.lang).toBe('en-US');
    expect(state.thread.messages.slice(0, 3).map((m) => m.date)).toEqual([
      '2026-02-02T09:30:00+01:00',
      '2026-03-09T10:00:00+01:00',
      '2026-03-10T14:05:00+01:00',
    ]);
    expect(state.thread.messages[0].cc).toEqual([{ name: 'Paul Durand', email: 'paul.durand@durand-sarl.fr' }]);
  });

  it('reads a conversation list as the ids of its rows', () => {
    loadFragment(fragmentPath('inbox-fr'));
    expect(readOutlookPage(document, here())).toEqual({
      kind: 'list',
      threadIds: ['AAQkADAwATM0MDAAMS1quote2026', 'AAQkADAwATM0MDAAMS1invoice014'],
    });
    loadFragment(fragmentPath('sentitems-fr'));
    const sent = readOutlookPage(document, here());
    expect(sent.kind === 'list' && sent.threadIds).toContain('AAQkADAwATM0MDAAMS1invoice009');
  });

  it('reads older markup through the fallbacks: pane without #ReadingPaneContainerId, body without role=document, id from the selected row', () => {
    loadFragment(fragmentPath('variant-2024-de'));
    const state = readOutlookPage(document, here());
    if (state.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(state)}`);
    expect(state.thread.threadId).toBe('AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7');
    expect(state.thread.subject).toBe('Rechnung R-77');
    const [message] = state.thread.messages;
    expect(message.from).toEqual({ name: 'Jonas Weber', email: 'jonas.weber@beispiel.de' });
    expect(message.to).toEqual([{ name: 'Camille Martin', email: 'camille@atelier-martin.fr' }, { email: 'buchhaltung@beispiel.de' }]);
    expect(message.date).toBe('2026-03-10T09:05:00+01:00');
    expect(message.text).toBe('Guten Tag,\nanbei die Rechnung R-77.');
    expect(message.attachments).toEqual([{ name: 'R-77.pdf' }]);
  });

  it('says it cannot read an Outlook mail page whose layout it does not know, without throwing', () => {
    loadFragment(join(__dirname, '../../../fixtures/webmail/outlook/unknown-layout.html'), { path: '/mail/inbox/id/AAQk0' });
    const state = readOutlookPage(document, here());
    expect(state.kind).toBe('unreadable');
    expect(state.kind === 'unreadable' && state.reason).toMatch(/not recognised/);
  });

  it('reports messages it finds but cannot understand as unreadable, not as an empty conversation', () => {
    loadFragment(fragmentPath('conversation-fr'));
    for (const from of Array.from(document.querySelectorAll('[id$="_FROM"]'))) from.remove();
    for (const persona of Array.from(document.querySelectorAll('.OZZZK'))) persona.remove();
    const state = readOutlookPage(document, here());
    expect(state).toEqual({ kind: 'unreadable', reason: 'Outlook messages not recognised (3 without sender or date)' });
  });

  it('treats calendar and other modules as other pages', () => {
    loadFragment(fragmentPath('inbox-fr'), { path: '/calendar/view/month' });
    expect(readOutlookPage(document, here())).toEqual({ kind: 'other' });
  });
});
