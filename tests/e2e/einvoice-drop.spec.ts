import path from 'node:path';
import { expect, test, SIDEBAR } from './fixtures';

const FACTUR_X = path.resolve(import.meta.dirname, '../fixtures/webmail/gmail/files/F-2026-031.pdf');
const HETZNER = path.resolve(import.meta.dirname, '../fixtures/einvoices/zugferd-corpus/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf');

test('a Factur-X dropped on the sidebar of a thread without invoice fills the tracking form', async ({ gmail }) => {
  const page = await gmail('demo', 'inbox/1a1f8a9ccc0c3fad');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.getByText('Aucune facture dans ce fil.')).toBeVisible();
  await sidebar.locator('label.drop input[type="file"]').setInputFiles(FACTUR_X);
  await expect(sidebar.getByText('Lu depuis la Factur-X')).toBeVisible();
  await expect(sidebar.locator('input[name="number"]')).toHaveValue('F-2026-031');
  await expect(sidebar.locator('input[name="amount"]')).toHaveValue('2400,00');
  await expect(sidebar.locator('input[name="dueDate"]')).toHaveValue('2026-11-04');
  await expect(sidebar.locator('input[name="debtorEmail"]')).toHaveValue('julien.morel@studio-lumen.fr');
  await sidebar.getByRole('button', { name: 'Suivre', exact: true }).click();
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
});

test('a plain PDF dropped on the sidebar says why nothing was read', async ({ gmail }) => {
  const page = await gmail('demo', 'inbox/1a1f8a9ccc0c3fad');
  const sidebar = page.locator(SIDEBAR);
  await sidebar.locator('label.drop input[type="file"]').setInputFiles(HETZNER);
  await expect(sidebar.locator('.notice.error')).toContainText('aucune facture électronique');
});

test('a Factur-X dropped on the dashboard’s new-invoice form fills it and tracks the invoice', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByRole('button', { name: 'Ajouter une facture' }).click();
  await page.locator('label.drop input[type="file"]').setInputFiles(FACTUR_X);
  await expect(page.getByText('Lu depuis la Factur-X')).toBeVisible();
  await expect(page.getByLabel('Numéro de facture')).toHaveValue('F-2026-031');
  await page.getByRole('button', { name: 'Suivre cette facture' }).click();
  await expect(page.getByText('Facture F-2026-031 suivie.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'F-2026-031' })).toContainText('Studio Lumen');
});
