import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, SIDEBAR } from './fixtures';
import { seriousViolations } from './axe';

/** tests/fixtures/webmail/mailboxes/round.json: three invoices the user sent, each in its own thread, all overdue. */
const MAILBOX = 'round&undo=1';
const INVOICES = [
  {
    threadId: '1a20000000000041',
    number: 'F-2026-041',
    debtor: { name: 'Julien Morel', email: 'julien.morel@studio-lumen.fr' },
    minor: 180_000,
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
  },
  {
    threadId: '1a20000000000042',
    number: 'F-2026-042',
    debtor: { name: 'Sophie Petit', email: 'sophie@boulangerie-petit.fr' },
    minor: 65_000,
    issueDate: '2026-09-10',
    dueDate: '2026-10-10',
  },
  {
    threadId: '1a20000000000043',
    number: 'F-2026-043',
    debtor: { name: 'Paul Bois', email: 'paul@atelierbois.fr' },
    minor: 210_000,
    issueDate: '2026-09-20',
    dueDate: '2026-10-20',
  },
];

type Ask = (message: Record<string, unknown>) => Promise<{ ok: boolean; value: unknown; error?: unknown }>;

/** An extension page to ask the background what it recorded, as the dashboard would. */
async function extensionPage(context: BrowserContext, extensionId: string): Promise<{ ask: Ask; close(): Promise<void> }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const ask: Ask = (message) =>
    page.evaluate(
      (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }).chrome.runtime.sendMessage(m),
      message,
    );
  return { ask, close: () => page.close() };
}

const GMAIL_THREAD = (threadId: string) => `https://mail.google.com/mail/u/0/?fixture=${MAILBOX}#inbox/${threadId}`;

/** Tracks the invoices as the sidebar's form would, each linked to its thread. */
async function trackAll(ask: Ask, webmail: 'gmail' | 'outlook' = 'gmail', urlOf = GMAIL_THREAD, invoices = INVOICES): Promise<void> {
  for (const i of invoices) {
    const reply = await ask({
      type: 'invoice:track',
      webmail,
      threadId: i.threadId,
      // The invoice's own mail (its id is the thread's in this mailbox): not a reminder sent before tracking.
      messageId: i.threadId,
      url: urlOf(i.threadId),
      fields: {
        number: i.number,
        amountDue: { minor: i.minor, currency: 'EUR' },
        issueDate: i.issueDate,
        dueDate: i.dueDate,
        debtor: i.debtor,
        debtorKind: 'business',
      },
    });
    expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
  }
}

const sendButton = (page: Page) => page.getByRole('button', { name: /^(Envoyer|Send)/ }).first();
const stopNumber = (page: Page) => page.locator(SIDEBAR).locator('[data-testid="round-bar"] .round-stop strong');

/** The stop on screen: its number, once its reminder is in the reply under the thread Relance opened. */
async function currentStop(page: Page): Promise<(typeof INVOICES)[number]> {
  const number = (await stopNumber(page).textContent())!;
  const invoice = INVOICES.find((i) => i.number === number)!;
  await expect(page).toHaveURL(new RegExp(`#(all|inbox)/${invoice.threadId}$`));
  await expect(page.locator('[g_editable="true"]').first()).toContainText(invoice.number);
  return invoice;
}

test('a round over three due invoices: one sent, one skipped by its key, one paused for 7 days; resumed after the tab is closed', async ({
  context,
  extensionId,
  gmail,
}) => {
  const background = await extensionPage(context, extensionId);
  await trackAll(background.ask);

  let page = await gmail(MAILBOX, 'inbox');
  let sidebar = page.locator(SIDEBAR);
  await sidebar.getByRole('button', { name: 'Faire ma tournée (3)' }).click();
  const bar = sidebar.getByTestId('round-bar');
  await expect(bar.getByRole('heading')).toHaveText('Tournée : 1 / 3');
  const sent = await currentStop(page);
  expect(await seriousViolations(page, SIDEBAR)).toEqual([]);
  // Relance never sends: the user clicks Send in Gmail, and the confirmed send moves the round on.
  await sendButton(page).click();
  await expect(page.getByText(/Message envoyé/)).toBeVisible();
  await expect(bar.getByRole('heading')).toHaveText('Tournée : 2 / 3', { timeout: 15_000 });

  // The tab is closed mid-round: a new Gmail tab takes the round up at the same stop.
  const second = (await stopNumber(page).textContent())!;
  await page.close();
  page = await gmail(MAILBOX, 'inbox');
  sidebar = page.locator(SIDEBAR);
  await expect(sidebar.getByTestId('round-bar').getByRole('heading')).toHaveText('Tournée : 2 / 3');
  await expect(stopNumber(page)).toHaveText(second);
  const skipped = await currentStop(page);
  await page.keyboard.press('Alt+Shift+S');
  await expect(sidebar.getByTestId('round-bar').getByRole('heading')).toHaveText('Tournée : 3 / 3');
  const paused = await currentStop(page);
  await sidebar.getByTestId('round-bar').getByRole('button', { name: 'Mettre en pause 7 jours' }).click();

  const summary = sidebar.getByTestId('round-summary');
  await expect(summary.locator('.round-counts')).toHaveText('1 envoyée(s) · 1 passée(s) · 1 en pause');
  await expect(summary).toContainText(sent.number);

  // What was recorded: exactly one send, the skipped invoice still due today, the paused one paused.
  const { ask } = background;
  const timelines = await Promise.all(
    INVOICES.map(async (i) => {
      const list = (await ask({ type: 'invoice:list' })).value as Array<{ id: string; number: string; paused: boolean }>;
      const id = list.find((s) => s.number === i.number)!.id;
      return {
        number: i.number,
        view: (await ask({ type: 'invoice:get', invoiceId: id })).value as {
          invoice: { snoozedUntil?: string; nextActionDate?: string };
          timeline: Array<{ kind: string }>;
        },
      };
    }),
  );
  const sends = timelines.flatMap((t) => t.view.timeline.filter((e) => e.kind === 'reminder-sent').map(() => t.number));
  expect(sends).toEqual([sent.number]);
  const putOff = timelines.find((t) => t.number === paused.number)!.view.invoice;
  expect(putOff.snoozedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(putOff.nextActionDate).toBe(putOff.snoozedUntil);
  expect(timelines.find((t) => t.number === skipped.number)!.view.invoice.snoozedUntil).toBeUndefined();
  // The summary names it among what comes next.
  await expect(summary.locator('.round-upcoming')).toContainText(paused.number);

  // Closing the summary: the Today list the user sees holds the skipped invoice only.
  await summary.getByRole('button', { name: 'Fermer' }).click();
  await page.goto(`https://mail.google.com/mail/u/0/?fixture=${MAILBOX}#inbox`);
  const today = page.locator(SIDEBAR).locator('ul.today li');
  await expect(today).toHaveCount(1);
  await expect(today).toContainText(skipped.number);
  // The paused invoice's card says why it waits, and until when.
  await page.goto(GMAIL_THREAD(paused.threadId));
  await expect(page.locator(SIDEBAR).locator('.next .reason').first()).toContainText('Remis à plus tard par vous, jusqu’au');
  await background.close();
});

test('the popup starts the round in a new Gmail tab; Alt+Shift+X stops it and the popup offers to resume it', async ({ context, extensionId, gmail }) => {
  const background = await extensionPage(context, extensionId);
  await trackAll(background.ask);
  await gmail(MAILBOX, 'inbox'); // the demo creditor is saved by this fixture; the page itself is not needed

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Faire ma tournée (3)' }).click();
  const page = await opened;
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.getByTestId('round-bar').getByRole('heading')).toHaveText('Tournée : 1 / 3');
  await currentStop(page);
  await page.keyboard.press('Alt+Shift+X');
  await expect(sidebar.getByText('Tournée interrompue à 1 / 3')).toBeVisible();
  // Nothing was sent: stopping records nothing.
  const list = (await background.ask({ type: 'today:list' })).value as unknown[];
  expect(list).toHaveLength(3);

  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Reprendre ma tournée (3 restante(s))' })).toBeVisible();
  expect(await seriousViolations(popup)).toEqual([]);
  await background.close();
});

test('in Outlook, the round opens each conversation by Outlook’s own address and moves on after the confirmed send', async ({ context, extensionId }) => {
  const background = await extensionPage(context, extensionId);
  const two = INVOICES.slice(0, 2);
  await trackAll(background.ask, 'outlook', (threadId) => `https://outlook.office.com/mail/inbox/id/${threadId}?fixture=round`, two);
  const page = await context.newPage();
  await page.goto('https://outlook.office.com/mail/inbox?fixture=round');
  const sidebar = page.locator(SIDEBAR);
  await sidebar.getByRole('button', { name: 'Faire ma tournée (2)' }).click();
  const bar = sidebar.getByTestId('round-bar');
  await expect(bar.getByRole('heading')).toHaveText('Tournée : 1 / 2');
  const number = (await stopNumber(page).textContent())!;
  const stop = two.find((i) => i.number === number)!;
  await expect(page).toHaveURL(new RegExp(`/mail/inbox/id/${stop.threadId}\\?fixture=round$`));
  const editor = page.locator('[role="textbox"][aria-multiline="true"]').first();
  await expect(editor).toContainText(stop.number);
  await page.getByRole('button', { name: 'Envoyer', exact: true }).first().click();
  await expect(bar.getByRole('heading')).toHaveText('Tournée : 2 / 2', { timeout: 20_000 });
  const next = two.find((i) => i !== stop)!;
  await expect(page).toHaveURL(new RegExp(`/mail/inbox/id/${next.threadId}\\?fixture=round$`));
  await expect(page.locator('[role="textbox"][aria-multiline="true"]').first()).toContainText(next.number);
  await bar.getByRole('button', { name: 'Passer' }).click();
  await expect(sidebar.getByTestId('round-summary').locator('.round-counts')).toHaveText('1 envoyée(s) · 1 passée(s) · 0 en pause');
  await background.close();
});
