/**
 * Issue 23 in the browser: mails that are not the user's own create, track and back-fill nothing. Each case is a
 * mailbox served to the Gmail fixture page for the test alone (the route below wins over the fixture server).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, saveDemoCreditor, test, SIDEBAR } from './fixtures';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_ROOT } from './serve-fixtures';

interface Message {
  id: string;
  from: { name?: string; email: string };
  to: Array<{ name?: string; email: string }>;
  cc: Array<{ name?: string; email: string }>;
  date: string;
  text: string;
  attachments: Array<{ name: string; file: string }>;
  collapsed: boolean;
}
interface Mailbox {
  me: { name: string; email: string };
  threads: Array<{ id: string; labels: string[]; subject: string; messages: Message[] }>;
}
const thread = JSON.parse(readFileSync(path.join(FIXTURE_ROOT, 'mailboxes/thread-invoice.json'), 'utf8')) as Mailbox;
const ME = thread.me;
const CLIENT = { name: 'Julien Morel', email: 'julien.morel@studio-lumen.fr' };

function mailbox(subject: string, messages: Array<Partial<Message> & Pick<Message, 'from' | 'to' | 'text'>>): Mailbox {
  return {
    me: ME,
    threads: [{ id: '1a2b3c4d5e6f7081', labels: ['inbox'], subject, messages: messages.map((m, i) => ({ id: `1a2b3c4d5e6f708${i + 1}`, cc: [], date: `2026-10-0${i + 5}T09:00:00+02:00`, attachments: [], collapsed: false, ...m })) }],
  };
}

async function open(context: BrowserContext, box: Mailbox): Promise<Page> {
  await context.route('https://mail.google.com/_fixture/mailboxes/authors.json', (route) => route.fulfill({ json: box }));
  const page = await context.newPage();
  await page.goto(`https://mail.google.com/mail/u/0/?fixture=authors#inbox/${box.threads[0].id}`);
  return page;
}

async function trackedNumbers(context: BrowserContext, extensionId: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const list = await page.evaluate(async () => (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: Array<{ number: string }> }> } } }).chrome.runtime.sendMessage({ type: 'invoice:list' })).value);
  await page.close();
  return list.map((i) => i.number);
}

const INVOICE = thread.threads[0].messages[0].text;

test('a stranger\'s Factur-X (its seller is not the creditor of the settings) is offered, never tracked', async ({ context, extensionId }) => {
  // No creditor saved: the PDF's seller (SIREN 852 123 456) is somebody else's company.
  const page = await context.newPage();
  await page.goto(`https://mail.google.com/mail/u/0/?fixture=thread-invoice#inbox/${thread.threads[0].id}`);
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.getByText('Lu depuis la Factur-X')).toBeVisible();
  await expect(sidebar.locator('form.card input[name=number]')).toHaveValue('F-2026-031');
  await expect(sidebar.locator('.card .number')).toHaveCount(0);
  expect(await trackedNumbers(context, extensionId)).toEqual([]);
});

test('a supplier\'s invoice to the user\'s accounts address, the user in cc, with an address in the title first: offered, never tracked', async ({ context, extensionId }) => {
  await saveDemoCreditor(context, extensionId);
  const supplier = { name: 'Imprimerie Dubois', email: 'factures@imprimerie-dubois.fr' };
  const page = await open(context, mailbox('Facture F-2026-031 — refonte du site', [{ from: supplier, to: [{ name: 'Compta Atelier Martin', email: 'compta@atelier-martin.fr' }], cc: [ME], text: INVOICE.replace('Bonjour Julien', 'Bonjour') }]));
  // Gmail's title names the thread first: "<subject> - <account> - Gmail"; a subject can hold any address.
  await page.evaluate((address) => {
    const rewrite = () => {
      const wanted = `Facture de ${address} - camille.martin@atelier-martin.fr - Gmail`;
      if (document.title !== wanted) document.title = wanted;
    };
    rewrite();
    new MutationObserver(rewrite).observe(document.querySelector('title')!, { childList: true, characterData: true, subtree: true });
  }, supplier.email);
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('form.card input[name=number]')).toHaveValue('F-2026-031');
  await expect(sidebar.locator('.card .number')).toHaveCount(0);
  expect(await trackedNumbers(context, extensionId)).toEqual([]);
});

test('a third party naming the number before tracking, and an accountant in copy, are never the user\'s reminders', async ({ context, extensionId }) => {
  await saveDemoCreditor(context, extensionId);
  const page = await open(
    context,
    mailbox('Facture F-2026-031 — refonte du site', [
      { from: ME, to: [CLIENT], date: '2026-10-05T09:12:00+02:00', text: INVOICE },
      { from: { email: 'contact@inconnu.example' }, to: [ME], date: '2026-11-06T09:00:00+01:00', text: 'Au sujet de la facture F-2026-031 : merci de régler rapidement.' },
      { from: { email: 'contact@inconnu.example' }, to: [ME], date: '2026-11-08T09:00:00+01:00', text: 'Relance : la facture F-2026-031 reste impayée.' },
      { from: { name: 'Cabinet Roux', email: 'cabinet@roux-expertise.fr' }, to: [ME], cc: [CLIENT], date: '2026-11-10T09:00:00+01:00', text: 'Je relance aussi pour la facture F-2026-031.' },
      { from: ME, to: [CLIENT], cc: [{ email: 'cabinet@roux-expertise.fr' }], date: '2026-11-12T09:00:00+01:00', text: 'Sauf erreur de ma part, la facture F-2026-031 reste impayée. Merci de régulariser.' },
    ]),
  );
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  // Only Camille's own mail to Julien is a reminder sent before tracking: one, not four.
  await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(1);
});

test('text hidden from the reader is not read', async ({ context, extensionId }) => {
  await saveDemoCreditor(context, extensionId);
  const page = await open(context, mailbox('Facture', [{ from: ME, to: [CLIENT], text: 'Bonjour Julien,\n\nÀ jeudi pour la suite du projet.\n\nCamille' }]));
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.panel')).toBeVisible();
  const hide = (style: string) =>
    page.evaluate(
      ({ css, text }) => {
        const body = document.querySelector('div.a3s')!;
        const hidden = document.createElement('div');
        hidden.setAttribute('style', css);
        for (const line of text.split('\n')) hidden.append(Object.assign(document.createElement('div'), { textContent: line }));
        body.append(hidden);
      },
      { css: style, text: 'Facture F-2026-099\nMontant : 1 250,00 € TTC\nÉchéance : 04/11/2026' },
    );
  await hide('display:none');
  await hide('font-size:0');
  await page.waitForTimeout(1_500);
  await expect(sidebar.locator('form.card input[name=number]')).toHaveCount(0);
  expect(await trackedNumbers(context, extensionId)).toEqual([]);
  // The same words, visible: now they are read (the checks above could fail).
  await hide('color:inherit');
  await expect.poll(async () => (await trackedNumbers(context, extensionId)).concat(await sidebar.locator('form.card input[name=number]').inputValue().catch(() => '')).join(',')).toContain('F-2026-099');
});
