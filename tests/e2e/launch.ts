import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { routeWebmails } from './serve-fixtures';

/** The production build, as users load it: the sidebar's shadow root is closed. */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
/**
 * The browser-test build (`npm run build:e2e`, `wxt build --mode e2e`): the same code with the sidebar's shadow root
 * open, so Playwright's locators can reach inside. tests/e2e/page-isolation.spec.ts checks the production build.
 */
export const TEST_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags this machine needs (no network but the registries) plus loading the built, unpacked extension. */
export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=DialMediaRouteProvider',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
}

/** Chromium with the built extension loaded and the webmails routed to fixtures. */
export async function launchWithExtension(
  opts: { headless?: boolean; userDataDir?: string; viewport?: { width: number; height: number }; extensionDir?: string } = {},
): Promise<LaunchedExtension> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'relance-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: chromiumArgs(opts.extensionDir ?? TEST_EXTENSION_DIR),
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // The pages' time zone is emulated; the extension's service worker takes the process's.
    env: { ...process.env, TZ: 'Europe/Paris' },
  });
  await routeWebmails(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}
