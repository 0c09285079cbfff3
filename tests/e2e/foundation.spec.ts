import { expect, test, SIDEBAR } from './fixtures';

// The first proof: the content script runs on the routed Gmail URL, mounts its shadow-root sidebar,
// and a round trip to the background stores an invoice and reads it back.
test('content script mounts the sidebar on Gmail and the background stores and reads back an invoice', async ({ gmail }) => {
  const page = await gmail('thread-invoice', 'inbox/1a10ae7b60016709');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.getByRole('complementary')).toBeVisible();
  // The shadow root keeps our styles out of the page: Gmail's own elements are untouched.
  expect(await page.evaluate(() => document.querySelector('relance-sidebar')?.shadowRoot?.querySelector('style') !== null)).toBe(true);
  await expect(sidebar.getByText('F-2026-031').first()).toBeVisible();

  // Reload: the invoice comes back from IndexedDB through the background, not from the page.
  await page.reload();
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  await expect(sidebar.locator('.timeline')).toContainText(/Facture suivie|Invoice tracked/);
});
