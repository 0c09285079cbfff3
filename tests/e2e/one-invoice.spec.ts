import { expect, saveDemoCreditor, test, SIDEBAR } from './fixtures';
import type { BrowserContext, Locator, Page } from '@playwright/test';

/**
 * Issue 14 in both webmails: a send counted once by the send flow (same minute, undone, undone then sent again),
 * one invoice across its threads whatever the order of visits, and a payment notice read before tracking.
 */
const THREAD_INVOICE = '1a10ae7b60016709';
const DEMO = { reminder: '1a1e36094c0c1af0', stripe: '1a17746efa04a4f3', qonto: '1a18b99e0c0693f3', invoice028: '1a0bf7dfc606b6ff' };

interface Webmail {
  name: 'Gmail' | 'Outlook';
  open(context: BrowserContext, fixture: string, threadId: string, undoSeconds?: number): Promise<Page>;
  /** Opens another thread. Outlook: in a new tab, as a page.goto between two Outlook addresses loads no content script in this Chromium (a reload or a new tab does). */
  go(page: Page, fixture: string, threadId: string, undoSeconds?: number): Promise<Page>;
  send(page: Page): Promise<void>;
  undo(page: Page): Promise<void>;
  /** The user opens a collapsed mail of the conversation (adapters never expand one themselves). */
  expand(page: Page, text: string): Promise<void>;
  /** The reminder, sent, shows in the open conversation. */
  sentShown(page: Page): Locator;
}

const gmailUrl = (fixture: string, threadId: string, undo?: number) =>
  `https://mail.google.com/mail/u/0/?fixture=${fixture}${undo ? `&undo=${undo}` : ''}#inbox/${threadId}`;
const outlookUrl = (fixture: string, threadId: string, undo?: number) =>
  `https://outlook.office.com/mail/inbox/id/${threadId}?fixture=${fixture}${undo ? `&undo=${undo}` : ''}`;

const WEBMAILS: Webmail[] = [
  {
    name: 'Gmail',
    async open(context, fixture, threadId, undo) {
      const page = await context.newPage();
      await page.goto(gmailUrl(fixture, threadId, undo));
      return page;
    },
    go: async (page, fixture, threadId, undo) => {
      await page.goto(gmailUrl(fixture, threadId, undo));
      return page;
    },
    send: (page) =>
      page
        .getByRole('button', { name: /^(Envoyer|Send)/ })
        .first()
        .click(),
    undo: (page) =>
      page
        .getByRole('link', { name: 'Annuler' })
        .or(page.getByText('Annuler', { exact: true }))
        .first()
        .click(),
    expand: (page, text) => page.getByText(text).first().click(),
    sentShown: (page) => page.locator('[data-message-id]').filter({ hasText: 'Sauf erreur de ma part' }),
  },
  {
    name: 'Outlook',
    async open(context, fixture, threadId, undo) {
      const page = await context.newPage();
      await page.goto(outlookUrl(fixture, threadId, undo));
      return page;
    },
    go: async (page, fixture, threadId, undo) => {
      const next = await page.context().newPage();
      await next.goto(outlookUrl(fixture, threadId, undo));
      await page.close();
      return next;
    },
    send: (page) => page.getByRole('button', { name: 'Envoyer' }).first().click(),
    undo: (page) => page.getByRole('button', { name: 'Annuler' }).first().click(),
    expand: (page, text) => page.getByText(text).first().click(),
    sentShown: (page) => page.getByRole('main').getByRole('document').filter({ hasText: 'Sauf erreur de ma part' }),
  },
];

/** Waits until the clock is early in a minute, so tracking and sending surely fall in the same displayed minute. */
async function earlyInAMinute(): Promise<void> {
  const second = new Date().getSeconds();
  if (second > 15) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1_000));
}

for (const webmail of WEBMAILS) {
  test.describe(`${webmail.name}: one invoice, every send counted once`, () => {
    // The demo user's own Factur-X tracks itself only once she is the creditor in the settings (issue 23).
    test.beforeEach(async ({ context, extensionId }) => saveDemoCreditor(context, extensionId));

    test('track, insert and send within the same minute: exactly one reminder-sent', async ({ context }) => {
      test.setTimeout(120_000);
      let page = await webmail.open(context, 'demo', DEMO.qonto);
      const sidebar = () => page.locator(SIDEBAR);
      await expect(sidebar().getByText('Aucune facture dans ce fil')).toBeVisible();
      await earlyInAMinute();
      page = await webmail.go(page, 'thread-invoice', THREAD_INVOICE, 1);
      await expect(sidebar().locator('.card .number').first()).toHaveText('F-2026-031');
      await sidebar().getByRole('button', { name: 'Insérer la relance' }).click();
      await expect(sidebar().locator('.notice.ok')).toContainText('Relance insérée');
      await webmail.send(page);
      await expect(sidebar().locator('.timeline .ev-reminder-sent')).toHaveCount(1, { timeout: 20_000 });
      // The sent mail now shows in the thread, timed to the minute of tracking: reading it again adds nothing.
      await expect(webmail.sentShown(page).first()).toBeAttached({ timeout: 10_000 });
      await page.waitForTimeout(2_000);
      await expect(sidebar().locator('.timeline .ev-reminder-sent')).toHaveCount(1);
      await expect(sidebar().locator('.badge').filter({ hasText: 'Relance 1' }).first()).toBeVisible();
    });

    test('send then undo leaves nothing; sending again records one', async ({ context }) => {
      test.setTimeout(90_000);
      let page = await webmail.open(context, 'thread-invoice', THREAD_INVOICE, 6);
      const sidebar = () => page.locator(SIDEBAR);
      await expect(sidebar().locator('.card .number').first()).toHaveText('F-2026-031');
      await sidebar().getByRole('button', { name: 'Insérer la relance' }).click();
      await expect(sidebar().locator('.notice.ok')).toContainText('Relance insérée');
      await webmail.send(page);
      // Let the sidebar read the thread during the undo window (Gmail already shows the message there).
      await page.waitForTimeout(1_500);
      await webmail.undo(page);
      await page.waitForTimeout(7_000);
      await expect(sidebar().locator('.timeline .ev-reminder-sent')).toHaveCount(0);
      await expect(webmail.sentShown(page)).toHaveCount(0);
      // The compose came back: sending it for good records the send once.
      await webmail.send(page);
      await expect(sidebar().locator('.timeline .ev-reminder-sent')).toHaveCount(1, { timeout: 25_000 });
      await page.waitForTimeout(2_000);
      await expect(sidebar().locator('.timeline .ev-reminder-sent')).toHaveCount(1);
    });

    test('the reminder thread visited before and after the invoice thread gives the same timeline', async ({ context }) => {
      let page = await webmail.open(context, 'demo', DEMO.reminder);
      const sidebar = () => page.locator(SIDEBAR);
      await webmail.expand(page, 'Je me permets de vous rappeler');
      // A reminder is not a new invoice: the sidebar offers to track THAT invoice, with no issue date of its own.
      await expect(sidebar().locator('#relance-candidate-title')).toHaveText(
        'Ce fil relance la facture F-2026-033, qui n’est pas encore suivie. Suivre cette facture ?',
      );
      await expect(sidebar().locator('input[name="issueDate"]')).toHaveValue('');
      await expect(sidebar().locator('input[name="number"]')).toHaveValue('F-2026-033');
      await expect(sidebar().locator('input[name="dueDate"]')).toHaveValue('2026-11-09');
      page = await webmail.go(page, 'demo', DEMO.stripe);
      await expect(sidebar().locator('.card .number').first()).toHaveText('F-2026-033');
      await expect(sidebar().locator('.timeline .ev-reminder-sent')).toHaveCount(1);
      await expect(sidebar().locator('.timeline .ev-reply-received')).toHaveCount(1);
      // One reminder went out (answered by an out-of-office): the next one is the second.
      await expect(sidebar().locator('.next strong')).toHaveText('Relance 2');
      const fromNotice = await sidebar().locator('.timeline li').allInnerTexts();
      await expect(sidebar().getByRole('link', { name: 'Relance : facture n° F-2026-033' })).toBeVisible();
      page = await webmail.go(page, 'demo', DEMO.reminder);
      await expect(sidebar().locator('.card .number').first()).toHaveText('F-2026-033');
      await expect(sidebar().locator('#relance-candidate-title')).toHaveCount(0);
      await expect(sidebar().locator('.timeline li')).toHaveText(fromNotice);
    });

    test('a payment notice read before tracking is offered after it, and confirming it is the primary action', async ({ context }) => {
      let page = await webmail.open(context, 'demo', DEMO.qonto);
      const sidebar = () => page.locator(SIDEBAR);
      await expect(sidebar().getByText('Aucune facture dans ce fil')).toBeVisible();
      page = await webmail.go(page, 'demo', DEMO.invoice028);
      await webmail.expand(page, 'Veuillez trouver ci-jointe la facture');
      const card = sidebar()
        .locator('section.card')
        .filter({ has: page.locator('.number') })
        .first();
      await expect(card.locator('.number')).toHaveText('F-2026-028');
      await expect(card.locator('.next .reason')).toContainText(/Qonto a reçu 1\s200,00\s€ le 30 oct\. 2026 pour F-2026-028/);
      const primary = card.locator('button.primary');
      await expect(primary).toHaveText('Confirmer le paiement');
      await expect(card.getByRole('button', { name: 'Insérer la relance' })).not.toHaveClass(/primary/);
      await primary.click();
      await expect(card.locator('.badge.status-paid')).toBeVisible();
      await expect(sidebar().locator('.timeline .ev-payment')).toHaveCount(1);
      // The bank's own mail, opened again, has nothing left to confirm.
      page = await webmail.go(page, 'demo', DEMO.qonto);
      await expect(sidebar().getByText('Aucune facture dans ce fil')).toBeVisible();
    });

    test('the bank notice opened after tracking offers the payment there too', async ({ context }) => {
      let page = await webmail.open(context, 'demo', DEMO.invoice028);
      const sidebar = () => page.locator(SIDEBAR);
      await webmail.expand(page, 'Veuillez trouver ci-jointe la facture');
      await expect(sidebar().locator('.card .number').first()).toHaveText('F-2026-028');
      page = await webmail.go(page, 'demo', DEMO.qonto);
      const notice = sidebar().getByRole('region', { name: 'Paiement reçu ?' });
      await expect(notice).toContainText(/Selon Qonto, 1\s200,00\s€ ont été reçus pour la facture F-2026-028/);
      await notice.getByRole('button', { name: 'Confirmer le paiement' }).click();
      await expect(sidebar().locator('.notice.ok')).toContainText(/paiement/i);
      await expect(notice).toHaveCount(0);
    });
  });
}

test('the dashboard lists every thread of an invoice, to open in the webmail', async ({ context, extensionId }) => {
  const gmail = WEBMAILS[0];
  let page = await gmail.open(context, 'demo', DEMO.stripe);
  const sidebar = () => page.locator(SIDEBAR);
  await expect(sidebar().locator('.card .number').first()).toHaveText('F-2026-033');
  page = await gmail.go(page, 'demo', DEMO.reminder);
  await expect(sidebar().locator('.card .number').first()).toHaveText('F-2026-033');
  // In the reminder thread, the other thread of the invoice and the webmail's search for its number are one click away.
  await expect(sidebar().getByRole('link', { name: /^Facture F-2026-033 envoyée à Librairie Ardoise/ })).toHaveAttribute('href', new RegExp(`${DEMO.stripe}$`));
  await expect(sidebar().getByRole('link', { name: 'Tous les messages « F-2026-033 »' })).toHaveAttribute('href', /#search\/F-2026-033$/);
  await sidebar().getByRole('link', { name: 'Tous les messages « F-2026-033 »' }).click();
  await expect(page.locator('tr.zA')).toHaveCount(2);

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dashboard.getByRole('button', { name: 'Gérer la facture F-2026-033' }).click();
  const threads = dashboard.getByRole('navigation', { name: 'Fils de messagerie' });
  await expect(threads.getByRole('link')).toHaveText(['Facture F-2026-033 envoyée à Librairie Ardoise — 480,00 €', 'Relance : facture n° F-2026-033']);
});
