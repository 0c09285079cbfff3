import { expect, test, SIDEBAR } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';

const THREAD_INVOICE = '1a10ae7b60016709';
const THREAD_REPLY = '1a0a417372039f83';

/**
 * Every Outlook host of the manifest, each with one of the simulator's pages (tests/fixtures/webmail/outlook/sim.js):
 * the 2024-2025 DOM and the 2026 one, in French and in German. The user's buttons are found by their labels.
 */
const OUTLOOK_PAGES = [
  { host: 'outlook.office.com', query: '', send: 'Envoyer', discard: 'Ignorer' },
  { host: 'outlook.cloud.microsoft', query: '&lang=de&dom=2026', send: 'Senden', discard: 'Verwerfen' },
  { host: 'outlook.live.com', query: '&dom=2026', send: 'Envoyer', discard: 'Ignorer' },
  { host: 'outlook.office365.com', query: '&lang=de', send: 'Senden', discard: 'Verwerfen' },
];

for (const { host, query, send, discard } of OUTLOOK_PAGES)
  test.describe(`Outlook on the web at ${host}${query}`, () => {
    async function outlook(context: BrowserContext, fixture: string, path: string): Promise<Page> {
      const page = await context.newPage();
      await page.goto(`https://${host}${path}?fixture=${fixture}${query}`);
      return page;
    }

    test('finds and tracks the invoice of an open conversation', async ({ context }) => {
      const page = await outlook(context, 'thread-invoice', `/mail/inbox/id/${THREAD_INVOICE}`);
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
      await expect(sidebar.locator('.amount-due').first()).toContainText('2 400,00');
      await expect(sidebar.locator('.client').first()).toHaveText('Julien Morel');
    });

    test('classifies the debtor’s reply with the phrase that decided, and the ladder waits for the promised date', async ({ context }) => {
      const page = await outlook(context, 'thread-reply', `/mail/inbox/id/${THREAD_REPLY}`);
      const sidebar = page.locator(SIDEBAR);
      // The invoice mail is collapsed: the adapter never expands it, the user does.
      await expect(sidebar.getByText(/Aucune facture dans ce fil/)).toBeVisible();
      await page.getByText('Voici la facture n° F-2026-027').click();
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-027');
      const reply = sidebar.locator('.reply.kind-promise');
      await expect(reply).toContainText('Promesse de paiement');
      await expect(reply.locator('.phrase')).toContainText('30 novembre');
      await expect(reply.locator('.promised')).toContainText('30 novembre 2026');
      await expect(sidebar.locator('.badge.status-promised')).toBeVisible();
    });

    test('inserts the reminder into a reply above the quote and records the send once, when Outlook confirms it', async ({ context }) => {
      const page = await outlook(context, 'thread-invoice', `/mail/inbox/id/${THREAD_INVOICE}`);
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
      await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
      const editor = page.locator('[role="textbox"][aria-multiline="true"]').first();
      await expect(editor).toContainText('F-2026-031');
      await expect(editor).toContainText('2 400,00');
      await expect(sidebar.locator('.notice.ok')).toContainText('Relance insérée');
      await expect(sidebar.locator('.timeline')).toContainText('Relance insérée (non envoyée)');
      await page.getByRole('button', { name: send, exact: true }).first().click();
      await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(1, { timeout: 15_000 });
      await expect(sidebar.locator('.timeline .ev-reminder-sent')).toContainText('Relance envoyée');
      await page.waitForTimeout(1_000);
      await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(1);
    });

    test('a discarded reminder stays inserted, never sent', async ({ context }) => {
      const page = await outlook(context, 'thread-invoice', `/mail/inbox/id/${THREAD_INVOICE}`);
      const sidebar = page.locator(SIDEBAR);
      await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
      await expect(page.locator('[role="textbox"][aria-multiline="true"]').first()).toContainText('F-2026-031');
      await page.getByRole('button', { name: discard, exact: true }).first().click();
      await page.waitForTimeout(1_500);
      await expect(sidebar.locator('.timeline .ev-reminder-inserted')).toHaveCount(1);
      await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(0);
    });

    test('an unknown layout gets a clear message and Outlook keeps working', async ({ context }) => {
      const errors: string[] = [];
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`https://${host}/mail/inbox?fixture=unknown-layout`);
      await expect(page.locator(SIDEBAR).getByText('Relance ne peut pas lire cette page Outlook')).toBeVisible({ timeout: 10_000 });
      expect(errors).toEqual([]);
      // The page's own content is untouched and still works.
      expect(await page.evaluate(() => document.body.children.length)).toBeGreaterThan(1);
    });
  });
