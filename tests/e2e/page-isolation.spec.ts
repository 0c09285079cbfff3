/**
 * Issue 23: the webmail page can neither read nor act in the sidebar. Run from the page's own main world, as Gmail's
 * scripts (or a script injected into Gmail) would: on the PRODUCTION build no shadow root is reachable, synthetic
 * clicks do nothing and no download link ever appears in the page; on the test build (shadow root open), synthetic
 * clicks on the very buttons still record nothing. Trusted clicks (the user's) are checked to work, so the test can fail.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { saveDemoCreditor } from './fixtures';
import { EXTENSION_DIR, launchWithExtension, TEST_EXTENSION_DIR } from './launch';

const THREAD_INVOICE = '1a10ae7b60016709';
type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown }> } } };
interface Tracked {
  id: string;
  status: string;
  events: string[];
}

/** The tracked invoice as the background has it, asked from an extension page (never through the sidebar). */
async function trackedInvoice(context: BrowserContext, extensionId: string): Promise<Tracked | undefined> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const found = await page.evaluate(async () => {
    const { runtime } = (globalThis as unknown as Chrome).chrome;
    const list = (await runtime.sendMessage({ type: 'invoice:list' })).value as Array<{ id: string; number: string }>;
    const summary = list.find((i) => i.number === 'F-2026-031');
    if (!summary) return undefined;
    const view = (await runtime.sendMessage({ type: 'invoice:get', invoiceId: summary.id })).value as {
      invoice: { id: string; status: string };
      timeline: Array<{ kind: string }>;
    };
    return { id: view.invoice.id, status: view.invoice.status, events: view.timeline.map((e) => e.kind) };
  });
  await page.close();
  return found;
}

async function openTrackedThread(context: BrowserContext, extensionId: string): Promise<Page> {
  await saveDemoCreditor(context, extensionId);
  const page = await context.newPage();
  await page.goto(`https://mail.google.com/mail/u/0/?fixture=thread-invoice#inbox/${THREAD_INVOICE}`);
  await expect.poll(async () => (await trackedInvoice(context, extensionId))?.status, { timeout: 20_000 }).toBe('open');
  return page;
}

type CdpNode = { nodeId: number; nodeName: string; nodeValue?: string; children?: CdpNode[]; shadowRoots?: CdpNode[] };

/** Where a sidebar button is on screen, found through DevTools (which sees closed shadow roots; the page cannot). */
async function buttonCenter(page: Page, label: string): Promise<{ x: number; y: number }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const textOf = (node: CdpNode): string => (node.nodeValue ?? '') + [...(node.children ?? [])].map(textOf).join('');
  const find = (node: CdpNode): CdpNode | undefined => {
    if (node.nodeName === 'BUTTON' && textOf(node).trim() === label) return node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const button = find(root);
  if (!button) throw new Error(`no button "${label}" in the sidebar`);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content;
  await cdp.detach();
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

test('production build: the page reaches no shadow root, its clicks do nothing, no download link appears in it', async () => {
  test.setTimeout(120_000);
  const { context, extensionId } = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  try {
    const page = await openTrackedThread(context, extensionId);
    const paid = await buttonCenter(page, 'Marquer payée');

    // The page's main world: the host is there, its content is not.
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('relance-sidebar');
        return { host: !!host, shadowRoot: host?.shadowRoot ?? null, buttons: document.querySelectorAll('relance-sidebar button').length };
      }),
    ).toEqual({ host: true, shadowRoot: null, buttons: 0 });

    // Everything a page script can do at the button's place: the event lands on the host and goes nowhere.
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window }));
      }
      (target as HTMLElement).click();
    }, paid);
    await page.waitForTimeout(1_500);
    const untouched = await trackedInvoice(context, extensionId);
    expect(untouched?.status).toBe('open');
    expect(untouched?.events).not.toContain('payment');

    // The user's export: the file is saved, and the page never saw a link to it.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { relanceLeaks: string[] }).relanceLeaks = []);
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue;
            for (const el of [node, ...node.querySelectorAll('a, iframe, img')]) {
              const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
              if (url.startsWith('blob:') || el.hasAttribute('download')) seen.push(el.outerHTML.slice(0, 200));
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const download = page.waitForEvent('download');
    const json = await buttonCenter(page, 'Historique (JSON)');
    await page.mouse.click(json.x, json.y);
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    expect(await page.evaluate(() => (window as unknown as { relanceLeaks: string[] }).relanceLeaks)).toEqual([]);

    // The same button, clicked by the user, does work: the synthetic clicks above were really refused.
    const again = await buttonCenter(page, 'Marquer payée');
    await page.mouse.click(again.x, again.y);
    await expect.poll(async () => (await trackedInvoice(context, extensionId))?.status, { timeout: 10_000 }).toBe('paid');
  } finally {
    await context.close();
  }
});

test("test build (shadow root open): synthetic clicks and submits on the sidebar's own buttons record nothing", async () => {
  test.setTimeout(120_000);
  const { context, extensionId } = await launchWithExtension({ extensionDir: TEST_EXTENSION_DIR });
  try {
    const page = await openTrackedThread(context, extensionId);
    const sidebar = page.locator('relance-sidebar');
    await expect(sidebar.getByRole('button', { name: 'Marquer payée' })).toBeVisible();
    await page.evaluate(() => {
      const root = document.querySelector('relance-sidebar')!.shadowRoot!;
      const byText = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
      byText('Marquer payée').click();
      byText('Historique (JSON)').click();
      byText('Marquer payée').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // A note typed in the form, then submitted by the page in every way a script can.
    await sidebar.getByRole('button', { name: '+ Note' }).click();
    await sidebar.locator('form.add-event input[name=text]').fill('écrit par la page');
    await page.evaluate(() => {
      const form = document.querySelector('relance-sidebar')!.shadowRoot!.querySelector<HTMLFormElement>('form.add-event')!;
      form.requestSubmit();
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    });
    await page.waitForTimeout(1_500);
    const after = await trackedInvoice(context, extensionId);
    expect(after?.status).toBe('open');
    expect(after?.events).not.toContain('payment');
    expect(after?.events).not.toContain('export');
    expect(after?.events).not.toContain('note');
    // The user's own click on the same button saves it: the refusals above were real.
    await sidebar.locator('form.add-event').getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(async () => (await trackedInvoice(context, extensionId))?.events, { timeout: 10_000 }).toContain('note');
  } finally {
    await context.close();
  }
});
