import { defineConfig } from '@playwright/test';

// One calendar for the tests, the browser and the extension's worker: the pages run in Paris (launch.ts), and a test
// that counts days from its own clock must not be a day off between 23:00 and midnight UTC.
process.env.TZ = 'Europe/Paris';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  timeout: 45_000,
  expect: { timeout: 8_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
