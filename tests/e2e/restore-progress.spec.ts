import { expect, test } from './fixtures';
import { largeBackup } from './large-backup';

const INVOICES = 800;
const EVENTS_EACH = 30;

test('restoring a large backup shows its progress, checking then writing, up to the last record', async ({ context, extensionId }) => {
  const text = await largeBackup(INVOICES, EVENTS_EACH);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('button', { name: 'Restaurer' })).toBeEnabled();
  // What the background tells this page, as it arrives.
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { seenProgress: unknown[] }).seenProgress = seen;
    (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } } }).chrome.runtime.onMessage.addListener(
      (m) => void seen.push(m),
    );
  });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('restore-file').setInputFiles({ name: 'relance-sauvegarde.json', mimeType: 'application/json', buffer: Buffer.from(text) });

  const bar = page.getByTestId('progress');
  await expect(bar).toBeVisible();
  await expect(bar.locator('label')).toHaveText(/^Restauration — (vérification|écriture) : [\d\s ]+ \/ [\d\s ]+$/);
  await expect(page.getByText(`Sauvegarde restaurée : ${INVOICES} factures.`)).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveCount(0);

  const seen = (await page.evaluate(() => (globalThis as unknown as { seenProgress: unknown[] }).seenProgress)) as Array<{
    type: string;
    task: string;
    step: string;
    done: number;
    total: number;
  }>;
  const progress = seen.filter((m) => m.type === 'relance:progress' && m.task === 'restore');
  const events = INVOICES * EVENTS_EACH;
  const checking = progress.filter((p) => p.step === 'checking');
  const writing = progress.filter((p) => p.step === 'writing');
  // Checking comes first, then writing; each counts up to its total, by several steps (not one message per record).
  expect(progress.findIndex((p) => p.step === 'writing')).toBe(checking.length);
  // Checking counts the file read (bytes, sent in pieces), up to the whole of it.
  expect(checking.at(-1)!.done).toBe(checking.at(-1)!.total);
  expect(writing.at(-1)).toMatchObject({ done: 1 + INVOICES + events, total: 1 + INVOICES + events });
  expect(writing.length).toBeGreaterThan(10);
  expect(writing.length).toBeLessThan(200);
  expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
});

test('a restore cancelled while it runs changes nothing', async ({ context, extensionId }) => {
  const text = await largeBackup(INVOICES, EVENTS_EACH);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('button', { name: 'Restaurer' })).toBeEnabled();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('restore-file').setInputFiles({ name: 'relance-sauvegarde.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByTestId('progress').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText('Restauration annulée : rien n’a été modifié.')).toBeVisible({ timeout: 60_000 });
  const list = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: unknown[] }> } } }).chrome.runtime.sendMessage({
      type: 'invoice:list',
    }),
  );
  expect(list.value).toEqual([]);
});
