import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, SIDEBAR } from './fixtures';
import { stopWorker } from './stop-worker';

// Chrome stops an idle extension worker after ~30 s, so the rare, heavy actions usually meet a stopped one. Each test
// stops it the way the browser does (stop-worker.ts) right before the user's click.

/** Whether the worker has kept a final answer for a Gmail thread (utils/model/shown-thread.ts): polled until it has. */
async function finalAnswerKept(page: Page): Promise<boolean> {
  return page
    .context()
    .serviceWorkers()[0]
    .evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } } }).chrome.storage;
      return Object.entries(await storage.local.get(null)).some(([key, record]) => key.startsWith('shown:gmail:') && !!(record as { final?: unknown }).final);
    });
}

/** How many of each mark the woken worker left: by default its first thread view answered, its engine started (0 when not). */
const workerMarks = (page: Page, names = ['relance:first-thread-view', 'relance:engine-start']) =>
  page
    .context()
    .serviceWorkers()[0]
    .evaluate((marks) => marks.map((name) => performance.getEntriesByName(name).length), names);

/**
 * The invoice thread opened and left for the list, once its answer is kept final: the first visit tracked the invoice
 * (a write under its own reading), so the thread is read once more, quietly, and that answer is kept for this very
 * thread as sent, today.
 */
async function visitedUntilKeptFinal(
  gmail: (fixture: string, hash?: string) => Promise<Page>,
  { fixture, threadId, number } = { fixture: 'thread-invoice', threadId: '1a10ae7b60016709', number: 'F-2026-031' },
): Promise<Page> {
  const page = await gmail(fixture, `inbox/${threadId}`);
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText(number);
  await expect.poll(() => finalAnswerKept(page)).toBe(true);
  await page.evaluate(() => (location.hash = '#inbox'));
  await expect(sidebar.locator('.card .number')).toHaveCount(0);
  return page;
}

/** A debtor's reply arriving in the open Gmail thread, as the fixture page delivers new mail. */
async function deliverReply(page: Page, id: string, text: string): Promise<void> {
  await page.evaluate(
    ({ id, text }) =>
      (window as unknown as { GmailSim: { deliver(message: unknown): void } }).GmailSim.deliver({
        id,
        from: { name: 'Julien Morel', email: 'julien.morel@studio-lumen.fr' },
        to: [{ name: 'Camille Martin', email: 'camille.martin@atelier-martin.fr' }],
        cc: [],
        date: '2026-11-10T10:00:00+01:00',
        text,
        attachments: [],
      }),
    { id, text },
  );
}

test('with the worker stopped, the sidebar still exports the mise en demeure as a DOCX and records it', async ({ gmail }) => {
  const page = await gmail('thread-invoice', 'inbox/1a10ae7b60016709');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  await stopWorker(page);
  const download = page.waitForEvent('download');
  await sidebar.getByRole('button', { name: 'Mise en demeure (DOCX)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mise-en-demeure-studio-lumen-f-2026-031-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(
    readFileSync(await file.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
  await expect(sidebar.locator('.timeline .ev-export')).toHaveCount(1);
});

test('a reply arriving in the open thread after the worker stopped is read: the restarted worker gets the whole thread again', async ({ gmail }) => {
  const page = await gmail('thread-invoice', 'inbox/1a10ae7b60016709');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  await stopWorker(page);
  // The new worker never saw this thread. The tab knows: the port it held on the stopped worker was disconnected
  // (utils/messaging/worker-presence.ts), so it sends the whole thread at once, not a change the worker would refuse.
  await deliverReply(page, '1a10ae7b60016800', 'Bonjour Camille,\n\nDésolé pour le retard, je vous règle la facture le 20 novembre.\n\nJulien');
  const promise = sidebar.locator('.reply.kind-promise');
  await expect(promise).toHaveCount(1);
  await expect(promise.locator('.promised')).toContainText('20 novembre 2026');
  await expect(sidebar.locator('.badge.status-promised')).toBeVisible();
  expect(await workerMarks(page, ['relance:thread-update-lost'])).toEqual([0]);
});

test('a restarted worker reads a reply with its learned reader, which it loads from the package when it first reads', async ({ gmail }) => {
  const page = await gmail('thread-invoice', 'inbox/1a10ae7b60016709');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  await stopWorker(page);
  // Money said to be on its way: the rules alone read a promise for tomorrow; the learned reader votes "paid".
  await deliverReply(
    page,
    '1a10ae7b60016801',
    'Bonjour Camille,\n\nLe virement a été validé par notre trésorerie, vous devriez le voir demain ou lundi.\n\nJulien',
  );
  await expect(sidebar.locator('.reply.kind-paid')).toHaveCount(1);
  await expect(sidebar.locator('.reply.kind-promise')).toHaveCount(0);
});

test('a worker just woken offers an invoice mail only its learned invoice reader knows, asking the user to check it', async ({ gmail }) => {
  // A balance sent without the word "facture": the rules alone read nothing here (tests/unit/detect/invoice-model.test.ts).
  const page = await gmail('thread-balance', 'inbox/1a1e3835f005a1c3');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('#relance-candidate-title')).toHaveText('Suivre cette facture ?');
  await expect(sidebar.getByRole('note')).toHaveText('Repérée par le lecteur appris, pas par les règles : vérifiez chaque champ avant de suivre.');
  await expect(sidebar.locator('input[name="number"]')).toHaveValue('AM-2026-044');
  await expect(sidebar.locator('input[name="amount"]')).toHaveValue('1840,00');
  await expect(sidebar.locator('input[name="dueDate"]')).toHaveValue('2026-12-01');
  await expect(sidebar.locator('.card .number')).toHaveCount(0); // offered, not tracked on its own
});

test('with the worker stopped, the dashboard still imports a CSV', async ({ context, extensionId }) => {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  // Loaded first, as a user finds it before the worker falls idle: the header's button shows before the list is read.
  await expect(dashboard.getByText('Chargement des factures…')).toBeHidden();
  await expect(dashboard.getByRole('button', { name: 'Importer un CSV' })).toBeVisible();
  await stopWorker(dashboard);
  await dashboard.getByRole('button', { name: 'Importer un CSV' }).click();
  await dashboard.getByLabel('Fichier CSV').setInputFiles(path.resolve(import.meta.dirname, '../fixtures/csv/pennylane-fr.csv'));
  // A failure's notice, if any, is what the assertion reports instead of a bare "not found".
  await expect(dashboard.getByTestId('import-summary').or(dashboard.locator('.notice-error:not([hidden])'))).toHaveText(
    '3 nouvelle(s), 0 mise(s) à jour, 2 ignorée(s)',
  );
  await stopWorker(dashboard);
  await dashboard.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(dashboard.getByText('Import terminé : 3 nouvelle(s), 0 mise(s) à jour, 2 ignorée(s).')).toBeVisible();
  await expect(dashboard.locator('tr[data-invoice]')).toHaveCount(3);
});

test('a thread opened again with the worker stopped shows its last answer at once, marked as updating and not clickable, then the new one', async ({
  gmail,
}) => {
  const page = await gmail('thread-invoice', 'inbox/1a10ae7b60016709');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  // The first visit is over once the replies are read (the card no longer busy) and that answer is kept: a view still
  // on its way when the worker stops would be sent again and wake it before the thread is opened again.
  await expect(sidebar.locator('section[aria-labelledby^="relance-inv-"][aria-busy="true"]')).toHaveCount(0);
  // The worker keeps the answer just after answering; Chrome stops an idle worker after 30 s, this test at once.
  const worker = page.context().serviceWorkers()[0];
  const kept = () =>
    worker.evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } } }).chrome.storage;
      const records = Object.entries(await storage.local.get(null)).filter(([key]) => key.startsWith('shown:gmail:'));
      return records.some(([, record]) =>
        (record as { state: { tracked: Array<{ readingReplies?: boolean }> } }).state.tracked.every((v) => !v.readingReplies),
      );
    });
  await expect.poll(kept).toBe(true);
  await page.evaluate(() => (location.hash = '#inbox'));
  await expect(sidebar.locator('.card .number')).toHaveCount(0);
  await stopWorker(page);
  // Every state the thread's view goes through, watched from inside the page: the kept answer may be replaced before an
  // assertion could poll it. A failure then says what the sidebar showed, in order.
  await page.evaluate(() => {
    const root = document.querySelector('relance-sidebar')!.shadowRoot!;
    const seen: string[] = [];
    (window as unknown as { viewsSeen: string[] }).viewsSeen = seen;
    new MutationObserver(() => {
      const view = root.querySelector('.thread-view');
      if (!view?.textContent?.includes('F-2026-031')) return;
      const state = `${view.getAttribute('aria-busy') === 'true' ? 'busy' : 'answered'}${view.hasAttribute('inert') ? ' inert' : ''}: ${view.querySelector('.updating')?.textContent ?? ''}`;
      if (seen[seen.length - 1] !== state) seen.push(state);
    }).observe(root, { childList: true, subtree: true, attributes: true });
  });
  await page.evaluate(() => (location.hash = '#inbox/1a10ae7b60016709'));
  await expect(sidebar.locator('.thread-view:not([aria-busy]) .card .number').first()).toHaveText('F-2026-031');
  const seen = await page.evaluate(() => (window as unknown as { viewsSeen: string[] }).viewsSeen);
  expect(seen[0]).toBe('busy inert: Affiché tel que lors de votre dernière visite, mise à jour…');
  expect(seen[seen.length - 1]).toBe('answered: ');
  await expect(sidebar.locator('.updating')).toHaveCount(0);
});

test('a thread opened again unchanged with the worker stopped is answered from its kept answer without loading the engine; a reply then is read', async ({
  gmail,
}) => {
  const page = await visitedUntilKeptFinal(gmail);
  const sidebar = page.locator(SIDEBAR);
  await stopWorker(page);
  await page.evaluate(() => (location.hash = '#inbox/1a10ae7b60016709'));
  await expect(sidebar.locator('.thread-view:not([aria-busy]) .card .number').first()).toHaveText('F-2026-031');
  await expect(sidebar.locator('.badge.status-open')).toBeVisible();
  // The woken worker answered without its engine: the marks its own script and the engine leave say so.
  await expect.poll(() => workerMarks(page)).toEqual([1, 0]);
  // A reply arriving then is read: the engine starts, gets the whole thread, and the card shows the promise.
  await deliverReply(page, '1a10ae7b60016802', 'Bonjour Camille,\n\nDésolé pour le retard, je vous règle la facture le 20 novembre.\n\nJulien');
  await expect(sidebar.locator('.reply.kind-promise')).toHaveCount(1);
  await expect(sidebar.locator('.badge.status-promised')).toBeVisible();
  await expect.poll(() => workerMarks(page)).toEqual([1, 1]);
});

test('a thread whose invoice changed elsewhere meanwhile is read again on its revisit, never answered from its kept answer', async ({
  gmail,
  context,
  extensionId,
}) => {
  const page = await visitedUntilKeptFinal(gmail);
  const sidebar = page.locator(SIDEBAR);
  // The user marks the invoice paid from the dashboard, then Chrome stops the idle worker.
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dashboard.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ value: Array<{ id: string; number: string }> }> } } })
      .chrome.runtime;
    const invoice = (await runtime.sendMessage({ type: 'invoice:list' })).value.find((i) => i.number === 'F-2026-031')!;
    await runtime.sendMessage({ type: 'invoice:set-status', invoiceId: invoice.id, status: 'paid' });
  });
  await expect.poll(() => finalAnswerKept(page)).toBe(false);
  await dashboard.close();
  await stopWorker(page);
  await page.evaluate(() => (location.hash = '#inbox/1a10ae7b60016709'));
  await expect(sidebar.locator('.thread-view:not([aria-busy]) .badge.status-paid')).toBeVisible();
  await expect(sidebar.locator('.badge.status-open')).toHaveCount(0);
  await expect.poll(() => workerMarks(page)).toEqual([1, 1]);
});

test('the pointer resting on a thread’s row wakes the stopped worker ready to read it, unless its kept answer will do', async ({ gmail }) => {
  const page = await visitedUntilKeptFinal(gmail, { fixture: 'round', threadId: '1a20000000000041', number: 'F-2026-041' });
  const sidebar = page.locator(SIDEBAR);
  const row = (threadId: string) => page.locator(`tr.zA:has([data-legacy-thread-id="${threadId}"])`);
  // The list's own requests (its chips, then today's list and round) answered before Chrome stops the worker.
  const todayShown = () => expect(sidebar.locator('section[aria-labelledby="relance-today"]')).toBeVisible();
  await todayShown();
  // The thread visited: the pointer on its row leaves the engine asleep, and the revisit is answered without it.
  await stopWorker(page);
  await row('1a20000000000041').hover({ position: { x: 40, y: 8 } });
  await page.waitForTimeout(300);
  await page.evaluate(() => (location.hash = '#inbox/1a20000000000041'));
  await expect(sidebar.locator('.thread-view:not([aria-busy]) .card .number').first()).toHaveText('F-2026-041');
  await expect.poll(() => workerMarks(page)).toEqual([1, 0]);
  // A thread never opened: the pointer resting on its row starts the engine before the user clicks.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (location.hash = '#inbox'));
  await todayShown();
  await stopWorker(page);
  await row('1a20000000000042').hover({ position: { x: 40, y: 8 } });
  await expect.poll(() => workerMarks(page).catch(() => [-1, -1])).toEqual([0, 1]);
  await page.evaluate(() => (location.hash = '#inbox/1a20000000000042'));
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-042');
});

test('Gmail moving to a thread, as its keyboard does, wakes the stopped worker with the engine loaded and ready (its invoice reader’s model read), not started: the revisit is still answered from its kept answer', async ({
  gmail,
}) => {
  const visited = await visitedUntilKeptFinal(gmail, { fixture: 'round', threadId: '1a20000000000041', number: 'F-2026-041' });
  await visited.close();
  // A tab that has not woken the worker yet, on the list, its requests answered before the worker stops.
  const page = await gmail('round');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('section[aria-labelledby="relance-today"]')).toBeVisible();
  await stopWorker(page);
  await page.evaluate(() => (location.hash = '#inbox/1a20000000000041'));
  await expect(sidebar.locator('.thread-view:not([aria-busy]) .card .number').first()).toHaveText('F-2026-041');
  const engine = () =>
    page
      .context()
      .serviceWorkers()[0]
      .evaluate(() => ({
        loaded: typeof (globalThis as { relanceEngine?: { start?: unknown } }).relanceEngine?.start === 'function',
        modelRead: performance.getEntriesByName('relance:model-files:invoice').length,
        started: performance.getEntriesByName('relance:engine-start').length,
        answered: performance.getEntriesByName('relance:first-thread-view').length,
      }));
  await expect.poll(engine).toEqual({ loaded: true, modelRead: 1, started: 0, answered: 1 });
});
