import { expect, test, SIDEBAR } from './fixtures';
import type { Page } from '@playwright/test';

const THREAD_INVOICE = '1a10ae7b60016709';
const THREAD_REPLY = '1a0a417372039f83';

/** Gmail's Send button, found the way a user does: by its role and visible label. */
const sendButton = (page: Page) => page.getByRole('button', { name: /^(Envoyer|Send)/ }).first();

/** Every Gmail DOM the simulator renders (tests/fixtures/webmail/gmail/sim.js): each test runs on each. */
const GMAIL_DOMS = [
  { name: 'Gmail', query: '' },
  { name: 'Gmail, 2025-11 DOM', query: '&dom=2025-11' },
];

for (const { name, query } of GMAIL_DOMS)
  test.describe(name, () => {
    test('finds the invoice of the open thread from its Factur-X attachment, tracks it, and shows what is owed with late charges', async ({ gmail }) => {
      const page = await gmail(`thread-invoice&undo=1${query}`, `inbox/${THREAD_INVOICE}`);
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
      // The PDF attachment carries a factur-x.xml, read through Gmail's own download link: its buyer wins over the mail's greeting.
      await expect(sidebar.getByText('Lu depuis la Factur-X')).toBeVisible();
      await expect(sidebar.locator('.client').first()).toHaveText('Studio Lumen');
      await expect(sidebar.locator('.amount-due').first()).toHaveText(/2\s400,00\s€/);
      await expect(sidebar.locator('.indemnity').first()).toHaveText(/40,00\s€/);
      await expect(sidebar.locator('.total').first()).toContainText('€');
      await expect(sidebar.getByRole('button', { name: 'Insérer la relance' })).toBeEnabled();
    });

    test('works the same in Gmail’s English interface', async ({ gmail }) => {
      const page = await gmail(`thread-invoice&hl=en${query}`, `inbox/${THREAD_INVOICE}`);
      await expect(page.locator(SIDEBAR).locator('.card .number').first()).toHaveText('F-2026-031');
    });

    test('classifies the debtor’s reply in a thread with collapsed messages, and records it once', async ({ gmail }) => {
      const page = await gmail(`thread-reply${query}`, `inbox/${THREAD_REPLY}`);
      const sidebar = page.locator(SIDEBAR);
      // The user expands the first mail (the adapter never clicks on its own): now the invoice is readable.
      await page
        .getByText(/Voici la facture n° F-2026-027/)
        .first()
        .click();
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-027');
      const promise = sidebar.locator('.reply.kind-promise');
      await expect(promise).toHaveCount(1);
      await expect(promise.locator('.phrase')).toContainText('30 novembre');
      await expect(promise.locator('.promised')).toContainText('30 novembre 2026');
      await expect(sidebar.locator('.badge.status-promised')).toBeVisible();
      await expect(sidebar.locator('.next .reason')).toContainText('30 novembre 2026');
      // Reading the thread again adds nothing to the timeline.
      await page.reload();
      await page
        .getByText(/Voici la facture n° F-2026-027/)
        .first()
        .click();
      await expect(sidebar.locator('.reply.kind-promise')).toHaveCount(1);
      await expect(sidebar.locator('.timeline .ev-reply-received')).toHaveCount(await sidebar.locator('.replies li').count());
    });

    test('inserts the reminder into the reply and records the confirmed send exactly once', async ({ gmail }) => {
      const page = await gmail(`thread-invoice&undo=1${query}`, `inbox/${THREAD_INVOICE}`);
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
      await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
      const body = page.locator('[g_editable="true"]').first();
      await expect(body).toContainText('F-2026-031');
      await expect(body).toContainText(/2\s400,00/);
      await expect(sidebar.locator('.notice.ok')).toContainText('Relance insérée');
      await sendButton(page).click();
      await expect(page.getByText(/Message envoyé/)).toBeVisible();
      await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(1, { timeout: 15_000 });
      await expect(sidebar.locator('.notice.ok')).toContainText('Envoi enregistré');
      await page.waitForTimeout(1_500);
      await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(1);
      await expect(sidebar.locator('.timeline .ev-reminder-inserted')).toHaveCount(1);
    });

    test('an undone send is not recorded', async ({ gmail }) => {
      const page = await gmail(`thread-invoice&undo=5${query}`, `inbox/${THREAD_INVOICE}`);
      const sidebar = page.locator(SIDEBAR);
      await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
      await expect(page.locator('[g_editable="true"]').first()).toContainText('F-2026-031');
      await sendButton(page).click();
      await page
        .getByRole('link', { name: 'Annuler' })
        .or(page.getByText('Annuler', { exact: true }))
        .first()
        .click();
      await page.waitForTimeout(6_000);
      await expect(sidebar.locator('.timeline .ev-reminder-sent')).toHaveCount(0);
      await expect(sidebar.locator('.timeline .ev-reminder-inserted')).toHaveCount(1);
    });

    test('tracked threads carry a status chip in the message list (Sent)', async ({ gmail }) => {
      const page = await gmail(`thread-invoice${query}`, `inbox/${THREAD_INVOICE}`);
      await expect(page.locator(SIDEBAR).locator('.card .number').first()).toHaveText('F-2026-031');
      await page.goto(`https://mail.google.com/mail/u/0/?fixture=thread-invoice${query}#sent`);
      await expect(page.locator('[data-relance-chip]').first()).toHaveText(/^J\+\d+ · sans relance$/);
    });

    test('an invoice known from a Stripe notice is chased in a new mail to the customer, not in Stripe’s thread', async ({ gmail }) => {
      const page = await gmail(`demo&undo=1${query}`, 'inbox/1a17746efa04a4f3');
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-033');
      await expect(sidebar.locator('.client').first()).toHaveText('Librairie Ardoise');
      await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
      await expect(page.locator('input[name="subjectbox"]').first()).toHaveValue(/F-2026-033/);
      await expect(page.locator('[g_editable="true"]').first()).toContainText('480,00');
      await expect(page.getByText('helene@librairie-ardoise.fr').or(page.locator('[email="helene@librairie-ardoise.fr"]')).first()).toBeAttached();
    });
  });

test.describe('Gmail', () => {
  test('an unknown layout gets a clear message, throws nothing, and Gmail keeps working', async ({ context }) => {
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://mail.google.com/mail/u/0/?fixture=unknown-layout#inbox');
    await expect(page.locator(SIDEBAR).getByText('Relance ne peut pas lire cette page Gmail')).toBeVisible({ timeout: 10_000 });
    await expect(page.locator(SIDEBAR).getByRole('button', { name: 'Copier le diagnostic' })).toBeVisible();
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.body.children.length)).toBeGreaterThan(1);
  });
});
