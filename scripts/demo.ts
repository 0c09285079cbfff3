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

const { context, extensionId } = await launchWithExtension({ headless, viewport: { width: 1440, height: 900 }, extensionDir: headless ? TEST_EXTENSION_DIR : EXTENSION_DIR });
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
const rows = page.locator('tr.zA');
const count = await rows.count();
for (let i = 0; i < Math.min(count, 8); i++) {
  await rows.nth(i).click();
  await sidebar.locator('.card').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  await shot(`${String(i + 2).padStart(2, '0')}-thread-${i + 1}`);
  await page.goBack();
  await page.waitForTimeout(200);
}
await page.goto('https://mail.google.com/mail/u/0/?fixture=demo#inbox');
await page.waitForTimeout(800);
await shot(`${String(Math.min(count, 8) + 2).padStart(2, '0')}-inbox-with-chips`);
console.log(`\nScreenshots of the demo are in ${shotsDir}`);
console.log('\nStore listing screenshots (1280×800):');
await storeScreenshots(context, extensionId);
await context.close();
