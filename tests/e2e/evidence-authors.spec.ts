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

/** Gmail's message ids carry their time (ms << 20): the fixture's ids follow the dates, as Gmail's do. */
const idAt = (date: string, n: number) => ((BigInt(Date.parse(date)) << 20n) | BigInt(n)).toString(16);

function mailbox(subject: string, messages: Array<Partial<Message> & Pick<Message, 'from' | 'to' | 'text'>>): Mailbox {
  const dated = messages.map((m, i) => ({ cc: [], date: `2026-10-0${i + 5}T09:00:00+02:00`, attachments: [], collapsed: false, ...m }));
  const full = dated.map((m, i) => ({ ...m, id: idAt(m.date, i + 1) }));
  return { me: ME, threads: [{ id: full[0].id, labels: ['inbox'], subject, messages: full }] };
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
  const list = await page.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: Array<{ number: string }> }> } } }
        ).chrome.runtime.sendMessage({ type: 'invoice:list' })
      ).value,
  );
  await page.close();
  return list.map((i) => i.number);
}

const INVOICE = thread.threads[0].messages[0].text;

test("a stranger's Factur-X (its seller is not the creditor of the settings) is offered, never tracked", async ({ context, extensionId }) => {
  // No creditor saved: the PDF's seller (SIREN 852 123 456) is somebody else's company.
  const page = await context.newPage();
  await page.goto(`https://mail.google.com/mail/u/0/?fixture=thread-invoice#inbox/${thread.threads[0].id}`);
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.getByText('Lu depuis la Factur-X')).toBeVisible();
  await expect(sidebar.locator('form.card input[name=number]')).toHaveValue('F-2026-031');
  await expect(sidebar.locator('.card .number')).toHaveCount(0);
  expect(await trackedNumbers(context, extensionId)).toEqual([]);
});

test("the user's invoice sent to the client by an outside accountant, the user in cc, with the sender's address in the title first: offered, never tracked", async ({
  context,
  extensionId,
}) => {
  await saveDemoCreditor(context, extensionId);
  const accountant = { name: 'Cabinet Leroy', email: 'contact@cabinet-leroy.fr' };
  const page = await open(context, mailbox('Facture F-2026-031 — refonte du site', [{ from: accountant, to: [CLIENT], cc: [ME], text: INVOICE }]));
  // Gmail's title names the thread first: "<subject> - <account> - Gmail"; a subject can hold any address.
  await page.evaluate((address) => {
    const rewrite = () => {
      const wanted = `Facture de ${address} - camille.martin@atelier-martin.fr - Gmail`;
      if (document.title !== wanted) document.title = wanted;
    };
    rewrite();
    new MutationObserver(rewrite).observe(document.querySelector('title')!, { childList: true, characterData: true, subtree: true });
  }, accountant.email);
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('form.card input[name=number]')).toHaveValue('F-2026-031');
  await expect(sidebar.locator('.card .number')).toHaveCount(0);
  expect(await trackedNumbers(context, extensionId)).toEqual([]);
});

test("a third party naming the number before tracking, and an accountant in copy, are never the user's reminders", async ({ context, extensionId }) => {
  await saveDemoCreditor(context, extensionId);
  const page = await open(
    context,
    mailbox('Facture F-2026-031 — refonte du site', [
      { from: ME, to: [CLIENT], date: '2026-10-05T09:12:00+02:00', text: INVOICE },
      {
        from: { email: 'contact@inconnu.example' },
        to: [ME],
        date: '2026-11-06T09:00:00+01:00',
        text: 'Au sujet de la facture F-2026-031 : merci de régler rapidement.',
      },
      { from: { email: 'contact@inconnu.example' }, to: [ME], date: '2026-11-08T09:00:00+01:00', text: 'Relance : la facture F-2026-031 reste impayée.' },
      {
        from: { name: 'Cabinet Roux', email: 'cabinet@roux-expertise.fr' },
        to: [ME],
        cc: [CLIENT],
        date: '2026-11-10T09:00:00+01:00',
        text: 'Je relance aussi pour la facture F-2026-031.',
      },
      {
        from: ME,
        to: [CLIENT],
        cc: [{ email: 'cabinet@roux-expertise.fr' }],
        date: '2026-11-12T09:00:00+01:00',
        text: 'Sauf erreur de ma part, la facture F-2026-031 reste impayée. Merci de régulariser.',
      },
    ]),
  );
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  // Only Camille's own mail to Julien is a reminder sent before tracking: one, not four.
  await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(1);
});

test('text hidden from the reader is not read', async ({ context, extensionId }) => {
  await saveDemoCreditor(context, extensionId);
  const box = mailbox('Facture', [{ from: ME, to: [CLIENT], text: 'Bonjour Julien,\n\nÀ jeudi pour la suite du projet.\n\nCamille' }]);
  // The mail's own HTML, as Gmail would show it: lines styled out of sight, added as the body is drawn.
  const withLines = async (styles: string[]) => {
    const page = await context.newPage();
    await page.addInitScript((css: string[]) => {
      const done = new WeakSet<Element>();
      new MutationObserver(() => {
        for (const body of document.querySelectorAll('div.a3s')) {
          if (done.has(body)) continue;
          done.add(body);
          for (const style of css) {
            const block = document.createElement('div');
            block.setAttribute('style', style);
            for (const line of ['Facture F-2026-099', 'Montant : 1 250,00 € TTC', 'Échéance : 04/11/2026'])
              block.append(Object.assign(document.createElement('div'), { textContent: line }));
            body.append(block);
          }
        }
      }).observe(document, { childList: true, subtree: true });
    }, styles);
    await context.route('https://mail.google.com/_fixture/mailboxes/authors.json', (route) => route.fulfill({ json: box }));
    await page.goto(`https://mail.google.com/mail/u/0/?fixture=authors#inbox/${box.threads[0].id}`);
    return page;
  };
  const hidden = await withLines(['display:none', 'font-size:0', 'visibility:hidden', 'opacity:0']);
  const sidebar = hidden.locator(SIDEBAR);
  await expect(hidden.locator('div.a3s')).toContainText('À jeudi');
  await expect(sidebar.getByRole('button', { name: 'Suivre une facture de ce fil' })).toBeVisible();
  await hidden.waitForTimeout(1_500);
  expect(await trackedNumbers(context, extensionId)).toEqual([]);
  await expect(sidebar.locator('form.card input[name=number]')).toHaveCount(0);
  await hidden.close();
  // The same lines, visible: now they are read and the invoice is the user's own (the checks above could fail).
  await withLines(['color:inherit']);
  await expect.poll(() => trackedNumbers(context, extensionId), { timeout: 15_000 }).toEqual(['F-2026-099']);
});
