import type { BrowserContext, Page } from '@playwright/test';
import { expect, saveDemoCreditor, test, SIDEBAR } from './fixtures';
import type { Invoice } from '../../utils/model/invoice';
import type { TimelineEvent } from '../../utils/model/event';
import { verifyChainsByInvoice } from '../../utils/evidence/verify-chain';

const THREAD_INVOICE = '1a10ae7b60016709';

interface StoredTruth {
  invoices: Invoice[];
  events: TimelineEvent[];
}

/** The `chrome` API as an extension page sees it (only what these tests call). */
interface PageChrome {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } } | undefined> };
}

/** A Relance page (the dashboard): it may message the background and read the extension's IndexedDB. */
async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  return page;
}

/** What IndexedDB holds, read from an extension page without writing (a plain open of the current version). */
async function storedTruth(page: Page): Promise<StoredTruth> {
  return page.evaluate(
    () =>
      new Promise<StoredTruth>((resolve, reject) => {
        const open = indexedDB.open('relance');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['invoices', 'events'], 'readonly');
          const invoices = tx.objectStore('invoices').getAll();
          const events = tx.objectStore('events').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ invoices: invoices.result, events: events.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Collects uncaught errors and console errors of a webmail page: none may come from Relance. */
function pageErrors(page: Page): { page: Page; messages: string[] } {
  const messages: string[] = [];
  page.on('pageerror', (e) => messages.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') messages.push(m.text());
  });
  return { page, messages };
}

/** Every invoice's hash chain, checked in Node with the product's own verifier. */
async function chainsIntact(events: TimelineEvent[]): Promise<boolean> {
  const results = await verifyChainsByInvoice(events);
  return [...results.values()].every((r) => r.intact);
}

const BURST = 240;

test.describe('faults', () => {
  test('the service worker stopped in the middle of a burst of writes: every acknowledged write is kept, whole, and the sidebar recovers', async ({
    context,
    gmail,
    extensionId,
  }) => {
    const gmailPage = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = gmailPage.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
    const dash = await extensionPage(context, extensionId);
    const before = await storedTruth(dash);
    const invoice = before.invoices.find((i) => i.number === 'F-2026-031')!;

    // The burst: BURST notes sent at once from a Relance page; each answer is recorded as it arrives. Large enough that the
    // stop below falls in its middle however fast the worker commits (60 were all answered once commits got faster).
    await dash.evaluate(
      ({ invoiceId, burst }) => {
        const c = (globalThis as unknown as { chrome: PageChrome }).chrome;
        const w = window as unknown as { acks: string[]; refused: string[]; settled: number };
        w.acks = [];
        w.refused = [];
        w.settled = 0;
        for (let i = 0; i < burst; i++) {
          const text = `burst note ${i}`;
          c.runtime
            .sendMessage({ type: 'event:add', invoiceId, kind: 'note', occurredOn: '2026-11-20', data: { text } })
            .then((reply) => (reply?.ok ? w.acks.push(text) : w.refused.push(`${text}: ${reply?.error?.code}`)))
            .catch((e: Error) => w.refused.push(`${text}: ${e.message}`))
            .finally(() => w.settled++);
        }
      },
      { invoiceId: invoice.id, burst: BURST },
    );
    await expect.poll(() => dash.evaluate(() => (window as unknown as { acks: string[] }).acks.length), { intervals: [5] }).toBeGreaterThanOrEqual(3);

    // Stopped the way the browser stops an idle worker: through DevTools' ServiceWorker domain.
    const cdp = await context.newCDPSession(dash);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => dash.evaluate(() => (window as unknown as { settled: number }).settled)).toBe(BURST);
    const { acks, refused } = await dash.evaluate(() => {
      const w = window as unknown as { acks: string[]; refused: string[] };
      return { acks: w.acks, refused: w.refused };
    });
    // The stop really fell in the middle: some notes were answered, the rest were told they were not.
    expect(acks.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    // Refused means told so by the browser: a closed channel, or no answer at all (a message that reached the worker as
    // it stopped resolves without a reply); never an answer saying it was saved.
    expect(refused.filter((r) => !/message channel closed|Receiving end|port closed|: undefined$/i.test(r))).toEqual([]);

    // The user keeps working in the sidebar: the next message wakes a new worker, and the note is saved.
    await sidebar.getByRole('button', { name: '+ Note' }).click();
    await sidebar.locator('form.add-event input[name="text"]').fill('Après l’arrêt du service worker');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(sidebar.locator('.timeline .ev-note').filter({ hasText: 'Après l’arrêt du service worker' })).toHaveCount(1);
    await expect(sidebar.locator('.chain')).toHaveText('Historique intact');

    const after = await storedTruth(dash);
    const notes = after.events.flatMap((e) => (e.invoiceId === invoice.id && e.kind === 'note' ? [e.data.text] : []));
    // Every acknowledged write is there, and nothing is there twice.
    for (const text of acks) expect(notes).toContain(text);
    expect(new Set(notes).size).toBe(notes.length);
    expect(notes).toContain('Après l’arrêt du service worker');
    // No half-written invoice: each note went in with its invoice revision, in one transaction, or not at all.
    const saved = after.invoices.find((i) => i.id === invoice.id)!;
    expect(saved.rev - invoice.rev).toBe(notes.length);
    const timeline = after.events.filter((e) => e.invoiceId === invoice.id).sort((a, b) => a.seq - b.seq);
    expect(saved.updatedAt).toBe(timeline[timeline.length - 1].recordedAt);
    expect(after.events.every((e) => after.invoices.some((i) => i.id === e.invoiceId))).toBe(true);
    expect(await chainsIntact(after.events)).toBe(true);

    // A reload shows exactly what is stored.
    await gmailPage.reload();
    await expect(sidebar.locator('.chain')).toHaveText('Historique intact');
    // The timeline shows its newest 15 events until the user asks for all of them.
    const showAll = sidebar.getByRole('button', { name: /^Tout afficher/ });
    if (timeline.length > 15) await showAll.click();
    await expect(sidebar.locator('.timeline .ev-note')).toHaveCount(notes.length);
  });

  test('two Gmail tabs and the dashboard writing at once: no lost update, no duplicate, every view converges', async ({ context, gmail, extensionId }) => {
    test.setTimeout(90_000);
    // Both tabs open the thread at the same moment: both ask to track its invoice, and it is tracked once.
    const tabs = await Promise.all([gmail('thread-invoice', `inbox/${THREAD_INVOICE}`), gmail('thread-invoice', `inbox/${THREAD_INVOICE}`)]);
    for (const tab of tabs) await expect(tab.locator(SIDEBAR).locator('.card .number').first()).toHaveText('F-2026-031');
    const dash = await extensionPage(context, extensionId);
    const before = await storedTruth(dash);
    expect(before.invoices.filter((i) => i.number === 'F-2026-031')).toHaveLength(1);
    const invoice = before.invoices[0];

    const notesFrom = async (tab: Page, label: string) => {
      const sidebar = tab.locator(SIDEBAR);
      for (let i = 0; i < 5; i++) {
        await sidebar.getByRole('button', { name: '+ Note' }).click();
        await sidebar.locator('form.add-event input[name="text"]').fill(`${label} ${i}`);
        await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
        await expect(sidebar.locator('.timeline .ev-note').filter({ hasText: `${label} ${i}` })).toHaveCount(1);
      }
    };
    // Meanwhile the dashboard records five partial payments of 100 € (its page messages the background directly).
    const payments = dash.evaluate(async (invoiceId) => {
      const c = (globalThis as unknown as { chrome: PageChrome }).chrome;
      const replies = await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          c.runtime.sendMessage({
            type: 'event:add',
            invoiceId,
            kind: 'payment',
            occurredOn: '2026-11-20',
            data: { amount: { minor: 10_000, currency: 'EUR' }, receivedOn: '2026-11-20', method: `virement ${i}` },
          }),
        ),
      );
      return replies.map((r) => r?.ok);
    }, invoice.id);
    const [, , paid] = await Promise.all([notesFrom(tabs[0], 'Onglet A'), notesFrom(tabs[1], 'Onglet B'), payments]);
    expect(paid).toEqual([true, true, true, true, true]);
    // And one more payment through the dashboard's own form.
    await dash.reload();
    await dash.getByRole('button', { name: 'Gérer la facture F-2026-031' }).click();
    await dash.getByLabel('Montant reçu').fill('400,00');
    await dash.getByRole('group').or(dash.locator('form')).filter({ hasText: 'Paiement partiel' }).getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dash.locator('tr[data-invoice="F-2026-031"] [data-col="amount"]')).toHaveText(/1\s500,00/);

    const after = await storedTruth(dash);
    expect(after.invoices.filter((i) => i.number === 'F-2026-031')).toHaveLength(1);
    const timeline = after.events.filter((e) => e.invoiceId === invoice.id).sort((a, b) => a.seq - b.seq);
    const notes = timeline.flatMap((e) => (e.kind === 'note' ? [e.data.text] : []));
    // No lost update, no duplicate: the ten notes and six payments, each once, on one unbroken chain.
    expect(notes.sort()).toEqual([...[0, 1, 2, 3, 4].map((i) => `Onglet A ${i}`), ...[0, 1, 2, 3, 4].map((i) => `Onglet B ${i}`)]);
    expect(timeline.filter((e) => e.kind === 'payment')).toHaveLength(6);
    expect(new Set(timeline.map((e) => e.id)).size).toBe(timeline.length);
    expect(timeline.map((e) => e.seq)).toEqual(timeline.map((_, i) => i));
    expect(await chainsIntact(after.events)).toBe(true);
    const saved = after.invoices.find((i) => i.id === invoice.id)!;
    expect(saved.amountDue).toEqual({ minor: 150_000, currency: 'EUR' });

    // Every view converges on the stored truth once it reads again.
    for (const tab of tabs) {
      await tab.reload();
      const sidebar = tab.locator(SIDEBAR);
      // The sidebar shows the latest events; "Tout afficher (N)" opens the whole timeline.
      await sidebar.getByRole('button', { name: `Tout afficher (${timeline.length})` }).click();
      await expect(sidebar.locator('.timeline .ev')).toHaveCount(timeline.length);
      await expect(sidebar.locator('.amount-due').first()).toHaveText(/1\s500,00/);
      await expect(sidebar.locator('.chain')).toHaveText('Historique intact');
    }
    await dash.reload();
    await expect(dash.locator('tr[data-invoice="F-2026-031"] [data-col="amount"]')).toHaveText(/1\s500,00/);
  });

  test('storage refusing writes (quota exceeded): a clear message, nothing half-saved or silently dropped, and the same payment saves once storage is back', async ({
    gmail,
    worker,
    context,
    extensionId,
  }) => {
    const page = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
    const dash = await extensionPage(context, extensionId);
    const before = await storedTruth(dash);
    // Chromium exempts extension origins from DevTools' quota override (and Relance holds unlimitedStorage), so the
    // full disk is reproduced where it surfaces: every IndexedDB write in the worker fails as Chromium fails it.
    await worker.evaluate(() => {
      const g = globalThis as unknown as { diskFull: boolean };
      g.diskFull = true;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (g.diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });

    await sidebar.getByRole('button', { name: '+ Paiement' }).click();
    await sidebar.locator('form.add-event input[name="amount"]').fill('400,00');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    const notice = sidebar.locator('.notice.error');
    await expect(notice).toContainText("Le stockage local est plein ou indisponible : rien n'a été enregistré");
    await expect(notice).toHaveAttribute('role', 'alert');
    // What the user typed is still there to try again, and nothing pretends to be recorded.
    await expect(sidebar.locator('form.add-event input[name="amount"]')).toHaveValue('400,00');
    await expect(sidebar.locator('.timeline .ev-payment')).toHaveCount(0);
    await expect(sidebar.locator('.amount-due').first()).toHaveText(/2\s400,00/);
    const during = await storedTruth(dash);
    expect(during.events).toHaveLength(before.events.length);
    expect(during.invoices.map((i) => i.rev)).toEqual(before.invoices.map((i) => i.rev));

    // Space is freed: the same click saves, once, and the error gives way.
    await worker.evaluate(() => ((globalThis as unknown as { diskFull: boolean }).diskFull = false));
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(sidebar.locator('.timeline .ev-payment')).toHaveCount(1);
    await expect(sidebar.locator('.amount-due').first()).toHaveText(/2\s000,00/);
    await expect(notice).toHaveCount(0);
    const after = await storedTruth(dash);
    expect(after.events.filter((e) => e.kind === 'payment')).toHaveLength(1);
    expect(after.events).toHaveLength(before.events.length + 1);
    expect(await chainsIntact(after.events)).toBe(true);
  });

  test('the thread removed from the page while the sidebar reads it: nothing throws, the sidebar says it cannot read, then recovers', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(60_000);
    await saveDemoCreditor(context, extensionId);
    const errors = pageErrors(await context.newPage());
    const page = errors.page;
    await page.goto('https://mail.google.com/mail/u/0/?fixture=demo#sent');
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.getByText("À faire aujourd'hui")).toBeVisible();
    // The thread opens, and its whole container disappears at various moments of the read (attachment fetch, background).
    for (const delay of [0, 30, 120, 400]) {
      await page.evaluate(
        async ({ id, ms }) => {
          location.hash = `#sent/${id}`;
          await new Promise((resolve) => setTimeout(resolve, ms));
          document.querySelector('.a98.iY')?.remove();
        },
        { id: THREAD_INVOICE, ms: delay },
      );
      await expect(sidebar.getByText('Relance ne peut pas lire cette page Gmail')).toBeVisible();
      await expect(sidebar.locator('.card .number')).toHaveCount(0);
      await page.evaluate(() => (location.hash = '#sent'));
      await expect(sidebar.getByText('Relance ne peut pas lire cette page Gmail')).toHaveCount(0);
    }
    // Gmail draws the thread again: the sidebar reads it as if nothing happened.
    await page.evaluate((id) => (location.hash = `#sent/${id}`), THREAD_INVOICE);
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
    expect(errors.messages).toEqual([]);
  });

  test('the thread switched while a reminder is being inserted: never written into the other thread, nothing throws', async ({ context, extensionId }) => {
    test.setTimeout(90_000);
    await saveDemoCreditor(context, extensionId);
    const errors = pageErrors(await context.newPage());
    const page = errors.page;
    const OTHER_THREAD = '1a1f8a9ccc0c3fad'; // « Déjeuner jeudi ? », no invoice in it
    await page.goto(`https://mail.google.com/mail/u/0/?fixture=demo&undo=1#sent/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    // The click, then the other thread opened at every moment of the insertion: render, Reply pressed, compose drawn, text written.
    for (const delay of [0, 10, 30, 60, 100, 200]) {
      await page.evaluate((id) => (location.hash = `#sent/${id}`), THREAD_INVOICE);
      await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
      await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
      await page.waitForTimeout(delay);
      await page.evaluate((id) => (location.hash = `#inbox/${id}`), OTHER_THREAD);
      await expect(page.locator('h2.hP')).toHaveText('Déjeuner jeudi ?');
      await page.waitForTimeout(800);
      await page.getByRole('link', { name: 'Répondre', exact: true }).click();
      const editors = page.locator('[g_editable="true"]');
      await expect(editors).toHaveCount(1);
      await expect(editors.first()).toContainText('Tu es dispo jeudi midi');
      await expect(editors.first()).not.toContainText('F-2026-031');
      await expect(page.locator('[role=dialog]').filter({ hasText: 'F-2026-031' })).toHaveCount(0);
    }
    expect(errors.messages).toEqual([]);
    // Whatever was recorded as inserted was inserted in the invoice's own thread.
    const stored = await storedTruth(await extensionPage(context, extensionId));
    const inserted = stored.events.filter((e) => e.kind === 'reminder-inserted');
    expect(inserted.every((e) => e.data.threadId === THREAD_INVOICE)).toBe(true);
  });
});
