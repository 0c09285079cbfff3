import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './launch';

/** Playwright fixtures: a fresh Chromium profile with Relance loaded, per test. */
export const test = base.extend<{ context: BrowserContext; worker: Worker; extensionId: string; gmail: (fixture: string, hash?: string) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use, testInfo) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    // CI keeps only the log: a failed test prints what each of its pages showed, which its error alone may not say.
    if (testInfo.status !== testInfo.expectedStatus) console.log(await pagesShown(launched.context));
    await launched.context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  gmail: async ({ context, extensionId }, use) => {
    await saveDemoCreditor(context, extensionId);
    await use(async (fixture, hash = 'inbox') => {
      const page = await context.newPage();
      await page.goto(`https://mail.google.com/mail/u/0/?fixture=${fixture}#${hash}`);
      return page;
    });
  },
});

export { expect };

/** Each open page's address and visible text, shortened: what a failed test left on screen. */
async function pagesShown(context: BrowserContext): Promise<string> {
  const shown = await Promise.all(
    context.pages().map(async (page) => {
      // The sidebar's shadow root is open in the test build: its text is read beside the page's.
      const text = await page
        .evaluate(() => {
          const shadows = [...document.querySelectorAll('*')].flatMap((host) =>
            host.shadowRoot ? [...host.shadowRoot.children].filter((e): e is HTMLElement => e instanceof HTMLElement && e.tagName !== 'STYLE') : [],
          );
          // biome-ignore lint/performance/useDomNodeTextContent: what is seen; textContent would add hidden text and styles.
          const seen = (e: HTMLElement) => e.innerText;
          return [seen(document.body), ...shadows.map((e) => `[${e.tagName.toLowerCase()} in a shadow root]\n${seen(e)}`)].join('\n');
        })
        .catch((error: unknown) => `(unreadable: ${String(error)})`);
      return `--- ${page.url()}\n${text.slice(0, 2_000)}`;
    }),
  );
  return `Pages left open by the failed test:\n${shown.join('\n')}`;
}

/**
 * The fixture mailboxes' user, Camille Martin of Atelier Martin, as onboarding would have saved her: an e-invoice is
 * tracked without asking only when its seller is this creditor (tests/fixtures/webmail/gmail/files/make-facturx.mjs).
 */
export async function saveDemoCreditor(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
      type: 'settings:save',
      settings: { creditor: { name: 'Atelier Martin', siren: '852123456', vatId: 'FR32852123456', email: 'camille.martin@atelier-martin.fr' } },
    }),
  );
  if (!reply?.ok) throw new Error(`could not save the demo creditor: ${JSON.stringify(reply)}`);
  await page.close();
}

/** The sidebar's shadow root host; Playwright's locators pierce open shadow roots. */
export const SIDEBAR = 'relance-sidebar';
