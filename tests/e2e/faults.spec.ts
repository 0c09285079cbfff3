import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, SIDEBAR } from './fixtures';
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

/** Every invoice's hash chain, checked in Node with the product's own verifier. */
async function chainsIntact(events: TimelineEvent[]): Promise<boolean> {
  const results = await verifyChainsByInvoice(events);
  return [...results.values()].every((r) => r.intact);
}

test.describe('faults', () => {
  test('the service worker stopped in the middle of a burst of writes: every acknowledged write is kept, whole, and the sidebar recovers', async ({ context, gmail, extensionId }) => {
    const gmailPage = await gmail('thread-invoice&undo=1', `inbox/${THREAD_INVOICE}`);
    const sidebar = gmailPage.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
    const dash = await extensionPage(context, extensionId);
    const before = await storedTruth(dash);
    const invoice = before.invoices.find((i) => i.number === 'F-2026-031')!;

    // The burst: 60 notes sent at once from a Relance page; each answer is recorded as it arrives.
    await dash.evaluate((invoiceId) => {
      const c = (globalThis as unknown as { chrome: PageChrome }).chrome;
      const w = window as unknown as { acks: string[]; refused: string[]; settled: number };
      w.acks = [];
      w.refused = [];
      w.settled = 0;
      for (let i = 0; i < 60; i++) {
        const text = `burst note ${i}`;
        c.runtime
          .sendMessage({ type: 'event:add', invoiceId, kind: 'note', occurredOn: '2026-11-20', data: { text } })
          .then((reply) => (reply?.ok ? w.acks.push(text) : w.refused.push(`${text}: ${reply?.error?.code}`)))
          .catch((e: Error) => w.refused.push(`${text}: ${e.message}`))
          .finally(() => w.settled++);
      }
    }, invoice.id);
    await expect.poll(() => dash.evaluate(() => (window as unknown as { acks: string[] }).acks.length), { intervals: [5] }).toBeGreaterThanOrEqual(3);

    // Stopped the way the browser stops an idle worker: through DevTools' ServiceWorker domain.
    const cdp = await context.newCDPSession(dash);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => dash.evaluate(() => (window as unknown as { settled: number }).settled)).toBe(60);
    const { acks, refused } = await dash.evaluate(() => {
      const w = window as unknown as { acks: string[]; refused: string[] };
      return { acks: w.acks, refused: w.refused };
    });
    // The stop really fell in the middle: some notes were answered, the rest were told they were not.
    expect(acks.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => /message channel closed|Receiving end|port closed/i.test(r))).toBe(true);

    // The user keeps working in the sidebar: the next message wakes a new worker, and the note is saved.
    await sidebar.getByRole('button', { name: '+ Note' }).click();
    await sidebar.locator('form.add-event input[name="text"]').fill('Après l’arrêt du service worker');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(sidebar.locator('.timeline .ev-note').filter({ hasText: 'Après l’arrêt du service worker' })).toHaveCount(1);
    await expect(sidebar.locator('.chain')).toHaveText('Historique intact');

    const after = await storedTruth(dash);
    const notes = after.events.filter((e) => e.invoiceId === invoice.id && e.kind === 'note').map((e) => (e.data as { text: string }).text);
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

    console.log('acks', acks.length, 'stored', notes.length);
    // A reload shows exactly what is stored.
    await gmailPage.reload();
    await expect(sidebar.locator('.timeline .ev-note')).toHaveCount(notes.length);
    await expect(sidebar.locator('.chain')).toHaveText('Historique intact');
  });
});
