import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixtureResponse } from '../e2e/serve-fixtures';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox add-on; RELANCE_FIREFOX_ADDON runs the same tests on another build (e.g. `.output/firefox-mv3`). */
export const ADDON_DIR = path.resolve(import.meta.dirname, '../..', process.env.RELANCE_FIREFOX_ADDON ?? '.output/firefox-mv2-e2e');
/** The add-on's id (wxt.config.ts, browser_specific_settings) and the internal UUID we pin, so its pages have a known origin. */
const ADDON_ID = 'relance@relance.app';
const ADDON_UUID = '5f0c2d6e-8a41-4e7b-9c3a-1b2d3e4f5a60';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface LaunchedFirefox {
  browser: Browser;
  /** Where the extension's downloads land. */
  downloadDir: string;
  /** A new tab on a webmail URL, answered by the fixture pages. */
  openWebmail(url: string): Promise<Page>;
  /** A new tab on one of the extension's own pages (`/dashboard.html`…). */
  openExtensionPage(pathname: string): Promise<Page>;
  close(): Promise<void>;
}

/** Answers webmail hosts with the fixture pages (tests/e2e/serve-fixtures.ts, shared with Chromium) and refuses any other host. */
async function answer(request: HTTPRequest): Promise<void> {
  const url = new URL(request.url());
  if (!/^https?:$/.test(url.protocol) || url.hostname === 'localhost' || url.hostname === '127.0.0.1') return request.continue();
  const response = await fixtureResponse(url);
  if (!response) return request.abort('blockedbyclient');
  return request.respond({ status: response.status, headers: response.headers, body: response.body });
}

/**
 * Debian's Firefox ESR over WebDriver BiDi with the built add-on installed as a temporary add-on (unsigned, as
 * about:debugging does). Playwright's patched Firefox cannot be downloaded here, so puppeteer-core drives the real one.
 */
export async function launchFirefox(opts: { addonDir?: string } = {}): Promise<LaunchedFirefox> {
  const downloadDir = mkdtempSync(path.join(os.tmpdir(), 'relance-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The Chromium tests' window size: the sidebar overlays the right edge and must not cover the webmail's controls.
    defaultViewport: { width: 1400, height: 900 },
    // BiDi refuses to navigate a tab to a moz-extension:// page unless the client may reach privileged pages.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: 'Europe/Paris' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'intl.accept_languages': 'fr-FR, fr',
      // Optional permissions asked from a click are granted without the doorhanger, which automation cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(opts.addonDir ?? ADDON_DIR);
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;

  return {
    browser,
    downloadDir,
    async openWebmail(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void answer(request));
      await page.bringToFront();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(pathname) {
      const page = await browser.newPage();
      await page.bringToFront();
      // Puppeteer's goto waits for navigation events that BiDi does not report for moz-extension pages: navigate directly.
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await connection.send('browsingContext.navigate', { context, url: `${EXTENSION_ORIGIN}${pathname}`, wait: 'complete' });
      await page.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:');
      return page;
    },
    close: () => browser.close(),
  };
}
