import { test as base, expect } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
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
export async function expectText(page: Page, selector: string, text: string | RegExp, timeout = 20_000): Promise<void> {
  const wanted = typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text);
  await expect.poll(() => textsOf(page, selector), { timeout, message: `${selector} shows ${text}` }).toContainEqual(wanted);
}

/** Polls the number of elements matching `selector`. */
export async function expectCount(page: Page, selector: string, count: number, timeout = 20_000): Promise<void> {
  await expect.poll(async () => (await page.$$(selector)).length, { timeout, message: `${selector} count` }).toBe(count);
}

/** Clicks the first element matching `selector` whose text is `name` (a button found by its label, as a user does). */
export async function clickNamed(page: Page, selector: string, name: string, timeout = 20_000): Promise<void> {
  let target: ElementHandle | undefined;
  await expect
    .poll(
      async () => {
        for (const element of await page.$$(selector)) {
          if ((await element.evaluate((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())) === name) return Boolean((target = element));
        }
        return false;
      },
      { timeout, message: `${selector} named ${name}` },
    )
    .toBe(true);
  await target!.click();
}

/** Types `value` into the form field labelled `label` (its <label> text), replacing what was there. */
export async function fillLabelled(page: Page, label: string, value: string): Promise<void> {
  const field = (await page.waitForFunction(
    (text) => [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim() === text)?.control ?? false,
    {},
    label,
  )) as ElementHandle<HTMLInputElement>;
  // A date field's segments follow the browser's locale: set its ISO value as Playwright's fill() does.
  if (await field.evaluate((input) => input.type === 'date')) {
    await field.evaluate((input, iso) => {
      input.value = iso;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
    return;
  }
  await field.click({ count: 3 });
  await field.evaluate((input) => input.select?.());
  await page.keyboard.press('Backspace');
  await field.type(value);
}
