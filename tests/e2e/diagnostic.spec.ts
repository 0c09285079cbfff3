import { expect, saveDemoCreditor, test, SIDEBAR } from './fixtures';

/** The report a user can send us when Relance cannot read their webmail page: what they see and copy. */

const NO_MAIL_DATA = /@|F-2026-0\d\d|1a10ae7b60016709|Studio Lumen|Camille|Julien/;

test('the sidebar’s "cannot read this page" state copies the diagnostic and shows exactly what is copied', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/?fixture=unknown-layout#inbox');
  const sidebar = page.locator(SIDEBAR);
  await sidebar.getByRole('button', { name: 'Copier le diagnostic' }).click();
  const shown = sidebar.getByRole('textbox');
  await expect(shown).toHaveValue(/^Relance diagnostic \(gmail\)/);
  const report = await shown.inputValue();
  expect(report).toMatch(/^Read as: unreadable: /m);
  expect(report).toMatch(/^✗ threadSubject: /m);
  expect(report).toMatch(/^  div\.q7Xn$/m);
  expect(report).not.toMatch(NO_MAIL_DATA);
  await expect(sidebar.getByRole('status').filter({ hasText: 'Diagnostic copié' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);
});

test('the options page copies the diagnostic of the open Gmail and Outlook tabs', async ({ context, extensionId }) => {
  await saveDemoCreditor(context, extensionId);
  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/?fixture=thread-invoice&dom=2025-11#inbox/1a10ae7b60016709');
  await expect(gmail.locator(SIDEBAR).locator('.card .number').first()).toHaveText('F-2026-031');
  const outlook = await context.newPage();
  await outlook.goto('https://outlook.cloud.microsoft/mail/inbox/id/1a10ae7b60016709?fixture=thread-invoice&lang=de&dom=2026');
  await expect(outlook.locator(SIDEBAR).locator('.card .number').first()).toHaveText('F-2026-031');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Copier le diagnostic des onglets Gmail / Outlook ouverts' }).click();
  const shown = options.locator('#diagnostic-title ~ label textarea');
  await expect(shown).toHaveValue(/Relance diagnostic \(gmail\)/);
  const report = await shown.inputValue();
  expect(report).toContain('Relance diagnostic (outlook)');
  expect(report).toContain('Page: mail.google.com/mail/u/0/#inbox/…');
  expect(report).toContain('Page: outlook.cloud.microsoft/mail/inbox/id/…');
  expect(report).toMatch(/^✓ threadSubject: 1\) ×1 h2\[data-legacy-thread-id\]/m);
  expect(report).toMatch(/^✓ sendButton: |^✓ readingPane: 1\) ×1 \[role=main\]\[data-app-section="MailReadCompose"\]/m);
  expect(report).not.toMatch(NO_MAIL_DATA);
});

test('the options page says so when no webmail tab is open', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Copier le diagnostic des onglets Gmail / Outlook ouverts' }).click();
  await expect(options.getByRole('alert').filter({ hasText: 'Aucun onglet Gmail ou Outlook ouvert' })).toBeVisible();
});
