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
  gmail: async ({ context }, use) => {
    await use(async (fixture, hash = 'inbox') => {
      const page = await context.newPage();
      await page.goto(`https://mail.google.com/mail/u/0/?fixture=${fixture}#${hash}`);
      return page;
    });
  },
});

export { expect };

/** The sidebar's shadow root host; Playwright's locators pierce open shadow roots. */
export const SIDEBAR = 'relance-sidebar';
