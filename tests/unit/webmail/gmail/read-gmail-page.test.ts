// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createGmailAdapter } from '../../../../utils/webmail/gmail/adapter';
import { readGmailPage, routeThreadId } from '../../../../utils/webmail/gmail/read-gmail-page';
import { mailbox } from './gmail-sim-harness';
import { loadFragment } from './load-fragment';

const demo = mailbox('demo') as unknown as {
  threads: { id: string; subject: string; labels: string[]; messages: { id: string; date: string; text: string; from: { email: string } }[] }[];
};
const promiseThread = demo.threads.find((t) => t.subject === 'Facture F-2026-027')!;

function read() {
  return readGmailPage(document, window);
}

function thread() {
  const state = read();
  if (state.kind !== 'thread') throw new Error(JSON.stringify(state));
  return state.thread;
}

describe('reading Gmail pages', () => {
  it('reads a thread: every rendered message with its id, sender, recipients, date and text', () => {
    loadFragment('sim-thread-fr');
    const view = thread();
    expect(view.threadId).toBe(promiseThread.id);
    expect(view.subject).toBe('Facture F-2026-027');
    expect(view.url).toBe(`https://mail.google.com/mail/u/0/?fixture=demo&hl=fr&undo=1#all/${promiseThread.id}`);
    expect(view.messages.map((m) => m.id)).toEqual(promiseThread.messages.map((m) => m.id));
    expect(view.messages.map((m) => Date.parse(m.date))).toEqual(promiseThread.messages.map((m) => Date.parse(m.date)));
    const [invoice, , reply] = view.messages;
    expect(invoice.from).toEqual({ name: 'Camille Martin', email: 'camille.martin@atelier-martin.fr' });
    // Collapsed: Gmail renders only a snippet until the user expands it.
    expect(invoice.text.startsWith('Bonjour Sophie, Voici la facture n° F-2026-027')).toBe(true);
    expect(reply.from).toEqual({ name: 'Sophie Petit', email: 'sophie@boulangerie-petit.fr' });
    expect(reply.to).toEqual([{ name: 'Camille Martin', email: 'camille.martin@atelier-martin.fr' }]);
    expect(reply.text).toBe(
      [
        'Bonjour Camille,',
        '',
        'Désolée pour ce retard, la fin de saison a été compliquée. Je vous règle la facture le 30 novembre sans faute.',
        '',
        'Bonne journée,',
        'Sophie Petit',
        'Boulangerie Petit',
        '',
        'Le mar. 20 oct. 2026 à 08:47, Camille Martin <camille.martin@atelier-martin.fr> a écrit :',
        'Bonjour Sophie,',
        '',
        'Sauf erreur de ma part, la facture n° F-2026-027 de 850,00 €, échue le 15/10/2026, reste impayée à ce jour.',
        'Pourriez-vous me dire quand le règlement pourra être effectué ?',
        '',
        "Merci d'avance,",
        'Camille Martin',
        'Atelier Martin — Design graphique et web',
        '12 rue des Tanneurs, 69001 Lyon',
        'SIRET 852 123 456 00017',
      ].join('\n'),
    );
  });

  it('reads the same thread identically in English: labels are never hooks', () => {
    loadFragment('sim-thread-fr');
    const fr = thread();
    loadFragment('sim-thread-en');
    const en = thread();
    expect(en.messages).toEqual(fr.messages);
    expect(document.body.textContent).toContain('Reply all');
  });

  it('reads attachment names, types and same-origin download URLs', () => {
    loadFragment('sim-thread-invoice-en');
    const [message] = thread().messages;
    expect(message.attachments).toEqual([
      { name: 'F-2026-031.pdf', mimeType: 'application/pdf', url: 'https://mail.google.com/_fixture/files/F-2026-031.pdf' },
    ]);
    expect(message.text).toContain('Montant : 2 400,00 € TTC');
  });

  it('reads the thread list of the inbox (hidden views do not count)', () => {
    loadFragment('sim-inbox-fr');
    const state = read();
    expect(state).toEqual({ kind: 'list', threadIds: demo.threads.filter((t) => t.labels.includes('inbox')).map((t) => t.id) });
  });

  it('reads the reading pane as the open thread beside its list', () => {
    loadFragment('sim-reading-pane-en');
    expect(document.querySelectorAll('tr.zA').length).toBe(1);
    const view = thread();
    expect(view.messages.map((m) => m.from.email)).toEqual([
      'camille.martin@atelier-martin.fr',
      'camille.martin@atelier-martin.fr',
      'sophie@boulangerie-petit.fr',
    ]);
  });

  it('reads the real 2014 Gmail inbox page as a list without inventing ids', () => {
    loadFragment('inboxsdk-real/injected-thread-identifier', 'https://mail.google.com/mail/u/0/#inbox');
    expect(document.querySelectorAll('tr.zA').length).toBeGreaterThan(10);
    expect(read()).toEqual({ kind: 'list', threadIds: [] });
    const adapter = createGmailAdapter(document, window);
    expect(() => adapter.setListChips({ '14a5f1c6f7aeeebc': { label: 'J+1', tone: 'neutral' } })).not.toThrow();
    expect(document.querySelector('[data-relance-chip]')).toBeNull();
  });

  it('says unreadable, with a reason, for a layout it does not know', () => {
    loadFragment('unknown-layout');
    expect(read()).toEqual({ kind: 'unreadable', reason: 'gmail-layout-not-recognised' });
  });

  it('says unreadable when the route names a thread Gmail does not show', () => {
    loadFragment('sim-inbox-fr', `https://mail.google.com/mail/u/0/#inbox/${promiseThread.id}`);
    expect(read()).toEqual({ kind: 'unreadable', reason: 'thread-not-found' });
  });

  it('waits for Gmail while its loading screen shows', () => {
    loadFragment('sim-inbox-fr');
    const loading = document.createElement('div');
    loading.id = 'loading';
    document.body.prepend(loading);
    expect(read()).toEqual({ kind: 'other' });
  });

  it('names the thread of each kind of route', () => {
    expect(routeThreadId('#inbox/1a0a41737203db36')).toBe('1a0a41737203db36');
    expect(routeThreadId('#search/facture+F-2026/1a0a41737203db36')).toBe('1a0a41737203db36');
    expect(routeThreadId('#label/Clients%2FLumen/FMfcgzQXJWDsKmmrJzVkBhqS')).toBe('FMfcgzQXJWDsKmmrJzVkBhqS');
    expect(routeThreadId('#inbox')).toBe('');
    expect(routeThreadId('#search/facture')).toBe('');
    expect(routeThreadId('#settings/general')).toBe('');
  });
});
