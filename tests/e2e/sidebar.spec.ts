import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { expect, test, SIDEBAR } from './fixtures';

const THREAD_INVOICE = '1a10ae7b60016709';

test.describe('the sidebar', () => {
  test('collapses to a small tab and remembers it', async ({ gmail }) => {
    const page = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    await sidebar.getByRole('button', { name: 'Réduire Relance' }).click();
    await expect(sidebar.locator('aside')).toHaveCount(0);
    await expect(sidebar.getByRole('button', { name: 'Ouvrir Relance' })).toHaveAttribute('aria-expanded', 'false');
    await page.reload();
    await expect(sidebar.getByRole('button', { name: 'Ouvrir Relance' })).toBeVisible();
    await sidebar.getByRole('button', { name: 'Ouvrir Relance' }).click();
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  });

  test('notes a call and a partial payment in two clicks; the amount due follows', async ({ gmail }) => {
    const page = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.locator('.amount-due').first()).toHaveText(/2\s400,00/);
    await sidebar.getByRole('button', { name: '+ Appel' }).click();
    await sidebar.locator('form.add-event input[name="text"]').fill('Appel à la comptabilité : paiement promis sous huitaine');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(sidebar.locator('.timeline .ev-call')).toContainText('paiement promis sous huitaine');
    await sidebar.getByRole('button', { name: '+ Paiement' }).click();
    await sidebar.locator('form.add-event input[name="amount"]').fill('400,00');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(sidebar.locator('.amount-due').first()).toHaveText(/2\s000,00/);
    await expect(sidebar.locator('.timeline .ev-payment')).toHaveCount(1);
    await expect(sidebar.locator('.chain')).toHaveText('Historique intact');
  });

  test('exports the mise en demeure as a DOCX and records the export with the file’s hash', async ({ gmail }) => {
    const page = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
    const download = page.waitForEvent('download');
    await sidebar.getByRole('button', { name: 'Mise en demeure (DOCX)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^mise-en-demeure-studio-lumen-f-2026-031-\d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(sidebar.locator('.timeline .ev-export')).toHaveCount(1);
    await expect(sidebar.locator('.notice.ok')).toContainText(file.suggestedFilename());
  });

  test('the panel has no serious accessibility problem and is reachable by keyboard', async ({ gmail }) => {
    const page = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
    expect(await seriousViolations(page, SIDEBAR)).toEqual([]);
    await sidebar.getByRole('button', { name: 'Insérer la relance' }).focus();
    await page.keyboard.press('Tab');
    await expect(sidebar.getByRole('button', { name: 'Marquer payée' })).toBeFocused();
  });

  test('typing in the sidebar does not trigger the webmail’s keyboard shortcuts', async ({ gmail }) => {
    const page = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    // Page-level shortcut handlers listen as events bubble up to the document and the window; isolateEvents stops our
    // keys at the shadow host (where they would be retargeted and look like keys typed on the page itself).
    await page.evaluate(() => {
      const keys: string[] = ((window as unknown as { keys: string[] }).keys = []);
      for (const type of ['keydown', 'keypress', 'keyup']) {
        document.addEventListener(type, (e) => keys.push(`${type}:${(e as KeyboardEvent).key}`));
        window.addEventListener(type, (e) => keys.push(`${type}:${(e as KeyboardEvent).key}`));
      }
    });
    await sidebar.getByRole('button', { name: '+ Note' }).click();
    await sidebar.locator('form.add-event input[name="text"]').pressSequentially('rcj');
    await expect(sidebar.locator('form.add-event input[name="text"]')).toHaveValue('rcj');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);
  });
});
