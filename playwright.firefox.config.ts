import { defineConfig } from '@playwright/test';

/** The browser tests that run the Firefox build in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
export default defineConfig({
  testDir: 'tests/firefox',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
