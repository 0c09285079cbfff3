import path from 'node:path';
import { test } from '@playwright/test';
import { expect, expectText } from './fixtures';
import { launchFirefox } from './launch-firefox';

/**
 * The other Firefox tests run the e2e build, whose sidebar root is open so they can read it. This one installs the
 * build users get (`.output/firefox-mv2`, closed root): the sidebar appears, the page cannot reach into it, and the
 * invoice it found is tracked (seen on the dashboard).
 */
test('the shipped Firefox build: the sidebar appears closed to the page and tracks the open thread’s invoice', async () => {
  const firefox = await launchFirefox({ addonDir: path.resolve(import.meta.dirname, '../../.output/firefox-mv2') });
  try {
    const page = await firefox.openWebmail('https://mail.google.com/mail/u/0/?fixture=thread-invoice#inbox/1a10ae7b60016709');
    await page.waitForSelector('relance-sidebar');
    // Closed to the page; yet it is drawn at the right edge: a point there hits the host (events retarget to it).
    expect(await page.$eval('relance-sidebar', (host) => host.shadowRoot)).toBeNull();
    await expect
      .poll(() => page.evaluate(() => document.elementFromPoint(window.innerWidth - 40, window.innerHeight / 2)?.localName), { timeout: 20_000 })
      .toBe('relance-sidebar');
    // The dashboard is opened anew until the background has tracked the invoice (it reads the store when it opens).
    let rows = 0;
    for (const started = Date.now(); rows === 0 && Date.now() - started < 30_000; ) {
      const dashboard = await firefox.openExtensionPage('/dashboard.html');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      rows = await dashboard.$$eval('tr[data-invoice="F-2026-031"]', (found) => found.length);
      if (rows) await expectText(dashboard, 'tr[data-invoice="F-2026-031"] [data-col="amount"]', /2\s400,00\s€/);
      await dashboard.close();
    }
    expect(rows).toBe(1);
  } finally {
    await firefox.close();
  }
});
