import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './launch';

/** Playwright fixtures: a fresh Chromium profile with Relance loaded, per test. */
export const test = base.extend<{ context: BrowserContext; worker: Worker; extensionId: string; gmail: (fixture: string, hash?: string) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
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
