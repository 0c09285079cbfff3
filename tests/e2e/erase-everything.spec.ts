/** "Tout supprimer" in the options: backup offered first, then the database, the stored keys and the granted hosts go. */
import { expect, test } from './fixtures';

test('delete everything: backup first, then invoices, keys and granted hosts are gone, webmail hosts stay', async ({ context, worker, extensionId }) => {
  const base = `chrome-extension://${extensionId}`;
  // A connected service: its key in storage.local and its host granted (simulated: headless prompts are never answered).
  await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } }; permissions: Record<string, unknown> } })
      .chrome;
    await chrome.storage.local.set({ 'connection:stripe': { id: 'stripe', credential: { secret: 'rk_test_123' } } });
    const g = globalThis as unknown as { removed: string[] };
    g.removed = [];
    const realGetAll = (chrome.permissions.getAll as () => Promise<{ permissions: string[]; origins: string[] }>).bind(chrome.permissions);
    chrome.permissions.getAll = async () => {
      const all = await realGetAll();
      return { ...all, origins: [...all.origins, 'https://api.stripe.com/*'].filter((o) => !g.removed.includes(o)) };
    };
    chrome.permissions.remove = async (details: { origins: string[] }) => {
      g.removed.push(...details.origins);
      return true;
    };
  });
  const dashboard = await context.newPage();
  await dashboard.goto(`${base}/dashboard.html`);
  await dashboard.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'invoice:create',
      fields: {
        number: 'F-2026-090',
        clientName: 'Atelier Nord',
        clientEmail: 'compta@atelier-nord.fr',
        debtorKind: 'business',
        amountDue: { minor: 240_000, currency: 'EUR' },
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
      },
    }),
  );
  await dashboard.reload();
  await expect(dashboard.getByText('F-2026-090').first()).toBeVisible();

  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await options.getByRole('button', { name: 'Tout supprimer…' }).click();
  const erase = options.getByRole('button', { name: 'Supprimer définitivement' });
  await expect(erase).toBeDisabled();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Télécharger une sauvegarde' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(options.getByText('Sauvegarde téléchargée.')).toBeVisible();
  await options.getByLabel('J’ai compris que tout sera effacé définitivement.').check();
  await erase.click();
  await expect(options.getByText('Tout a été supprimé (1 autorisation(s) retirée(s)). Relance repart de zéro.')).toBeVisible();

  await dashboard.reload();
  await expect(dashboard.getByText(/Aucune facture suivie pour l’instant/)).toBeVisible();
  await expect(dashboard.getByText('F-2026-090')).toHaveCount(0);
  const left = await worker.evaluate(async () => {
    const chrome = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } }; permissions: { getAll(): Promise<{ origins: string[] }> } } }
    ).chrome;
    return {
      local: await chrome.storage.local.get(null),
      removed: (globalThis as unknown as { removed: string[] }).removed,
      origins: (await chrome.permissions.getAll()).origins,
    };
  });
  expect(left.local).toEqual({});
  expect(left.removed).toEqual(['https://api.stripe.com/*']);
  expect(left.origins).toContain('https://mail.google.com/*');
});
