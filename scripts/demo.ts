/**
 * `npm start`: builds Relance and opens Chromium with it loaded on the bundled demo mailbox, served at the real
 * Gmail URL (routing to tests/fixtures/webmail), so Relance can be seen at work without any account.
 * `npm start -- --headless` (or no display) walks through the demo and saves screenshots instead.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, TEST_EXTENSION_DIR, launchWithExtension, CHROMIUM } from '../tests/e2e/launch';
import { storeScreenshots } from './demo/store-screenshots';
import { saveDemoCreditor } from '../tests/e2e/fixtures';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const shotsDir = path.resolve('demo-screenshots');

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Run: bash scripts/setup.sh (or set CHROME_PATH).`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
// The walkthrough reads the sidebar, which the production build keeps in a closed shadow root: it runs the test build.
if (headless && !process.argv.includes('--no-build')) execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
console.log(`\nUnpacked extension (load it in chrome://extensions → "Load unpacked"): ${EXTENSION_DIR}`);
console.log(`Firefox build (npm run build): ${path.resolve('.output/firefox-mv2')}\n`);

const { context, extensionId } = await launchWithExtension({
  headless,
  viewport: { width: 1440, height: 900 },
  extensionDir: headless ? TEST_EXTENSION_DIR : EXTENSION_DIR,
});
// The demo mailbox is Camille Martin's: her identity lets her own Factur-X invoices track themselves (issue 23).
await saveDemoCreditor(context, extensionId);
const page = await context.newPage();
await page.goto('https://mail.google.com/mail/u/0/?fixture=demo#inbox');
const sidebar = page.locator('relance-sidebar');

if (!headless) {
  console.log('Demo mailbox open in Chromium: open a thread to see Relance’s sidebar. Close the window to quit.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  process.exit(0);
}

mkdirSync(shotsDir, { recursive: true });
const shot = async (name: string) => {
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  saved ${file}`);
};
await sidebar.locator('.panel').waitFor({ timeout: 15_000 });
await shot('01-inbox');

/**
 * The walk visits the threads in an order that tests what issue 14 fixed: a reminder thread and a bank notice read
 * BEFORE their invoice is tracked, then the invoices, then the reminder thread again (same timeline), so the
 * screenshots show one invoice across many threads and a primary action that follows the next step.
 */
const WALK: Array<{ thread: string; name: string; expand?: RegExp }> = [
  { thread: '1a1e36094c0c1af0', name: 'reminder-thread-offers-its-invoice', expand: /Je me permets de vous rappeler/ },
  { thread: '1a18b99e0c0693f3', name: 'bank-notice-remembered' },
  { thread: '1a17746efa04a4f3', name: 'stripe-invoice-with-its-reminder-thread' },
  { thread: '1a0bf7dfc606b6ff', name: 'paid-per-bank-confirm-payment' },
  { thread: '1a0a41737203db36', name: 'promise-to-pay' },
  { thread: '1a08b42b5805e43c', name: 'dispute-answer-first' },
  { thread: '1a10ae7b60016709', name: 'overdue-insert-reminder' },
  { thread: '1a1e36094c0c1af0', name: 'reminder-thread-same-timeline' },
];
let n = 2;
for (const step of WALK) {
  await page.goto(`https://mail.google.com/mail/u/0/?fixture=demo#inbox/${step.thread}`);
  if (step.expand) await page.getByText(step.expand).first().click();
  await sidebar
    .locator('.card')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(600);
  await shot(`${String(n++).padStart(2, '0')}-${step.name}`);
  // The README's picture: the bank said it was paid, so the next step is to confirm it, not another reminder.
  if (step.name === 'paid-per-bank-confirm-payment') await page.screenshot({ path: path.resolve('docs/screenshot.png') });
}
await page.goto('https://mail.google.com/mail/u/0/?fixture=demo#inbox');
await page.waitForTimeout(800);
await shot(`${String(n++).padStart(2, '0')}-inbox-with-chips`);

// Today's round from the Today list: each stop's thread opened (a payment to confirm writes nothing; a reminder is put
// in the reply: the first one is the README's second picture), every stop skipped with its key to the summary.
// Nothing is sent.
await sidebar.getByRole('button', { name: /^Faire ma tournée/ }).click();
await sidebar.getByTestId('round-bar').waitFor({ timeout: 10_000 });
let reminderShown = false;
while (await sidebar.getByTestId('round-bar').isVisible()) {
  const heading = await sidebar.getByTestId('round-bar').getByRole('heading').textContent();
  const number = (await sidebar.getByTestId('round-bar').locator('.round-stop strong').textContent()) ?? '';
  const inserted = await page
    .locator('[g_editable="true"]', { hasText: number.split(',')[0] })
    .first()
    .waitFor({ timeout: 4_000 })
    .then(
      () => true,
      () => false,
    );
  await page.waitForTimeout(800);
  await shot(`${String(n++).padStart(2, '0')}-round-${heading?.replace(/\D+/g, '-').replace(/^-|-$/g, '')}`);
  if (inserted && !reminderShown) {
    await page.screenshot({ path: path.resolve('docs/round.png') });
    reminderShown = true;
  }
  await page.keyboard.press('Alt+Shift+S');
  await page.waitForFunction((shown) => !document.querySelector('relance-sidebar')?.shadowRoot?.textContent?.includes(shown ?? ''), heading, {
    timeout: 10_000,
  });
}
await sidebar.getByTestId('round-summary').waitFor({ timeout: 10_000 });
await shot(`${String(n).padStart(2, '0')}-round-summary`);
console.log(`\nScreenshots of the demo are in ${shotsDir}`);
console.log('\nStore listing screenshots (1280×800):');
await storeScreenshots(context, extensionId);
await context.close();
