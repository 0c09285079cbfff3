import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from './launch-firefox';

/** Playwright Test as the runner; each test gets a fresh Firefox ESR profile with Relance installed. */
export const test = base.extend<{ firefox: LaunchedFirefox }>({
  // eslint-disable-next-line no-empty-pattern
  firefox: async ({}, use) => {
    const launched = await launchFirefox();
    await use(launched);
    await launched.close();
  },
});

export { expect };

/** The text of every element matching `selector`, in document order. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Polls until `selector` matches an element whose text contains `text`, as a user waits for it to appear. */
export async function expectText(page: Page, selector: string, text: string | RegExp, timeout = 10_000): Promise<void> {
  await expect.poll(async () => (await textsOf(page, selector)).some((t) => (typeof text === 'string' ? t.includes(text) : text.test(t))), { timeout, message: `${selector} shows ${text}` }).toBe(true);
}

/** Polls the number of elements matching `selector`. */
export async function expectCount(page: Page, selector: string, count: number, timeout = 10_000): Promise<void> {
  await expect.poll(async () => (await page.$$(selector)).length, { timeout, message: `${selector} count` }).toBe(count);
}
