import { expect, test, SIDEBAR } from './fixtures';

const THREAD_UK = 'AAQkADAwATM0MDAAMS1invoiceUK031';

test.describe('the client’s language on an English Outlook conversation', () => {
  test('a French user’s reminder to a UK client goes out in English, with the day-first dates read right', async ({ context }) => {
    const page = await context.newPage();
    // English interface, British dates ("Thu 01/10/2026 09:30"), and a page that says only lang="en".
    await page.goto(`https://outlook.office.com/mail/inbox/id/${THREAD_UK}?fixture=outlook-english&lang=en&region=dmy`);
    await expect(page.locator(':root')).toHaveAttribute('lang', 'en');
    await expect(page.getByText(/^Thu 01\/10\/2026/).first()).toBeVisible();
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('INV-2026-031', { timeout: 20_000 });
    // The sidebar stays in the user's French; the client's language is English, read from the client's own mail.
    await expect(sidebar.getByTestId('client-language')).toContainText('Relances en anglais');
    await expect(sidebar.getByTestId('client-language')).toContainText('d’après ses messages');
    await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
    const editor = page.locator('[role="textbox"][aria-multiline="true"]').first();
    await expect(editor).toContainText('Dear');
    await expect(editor).toContainText('invoice INV-2026-031 of 1 October 2026');
    await expect(editor).toContainText('due on 31 October 2026');
    await expect(editor).not.toContainText('Madame');
    await expect(editor).not.toContainText('facture');
  });

  test('one click writes to the client in French instead', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`https://outlook.office.com/mail/inbox/id/${THREAD_UK}?fixture=outlook-english&lang=en&region=dmy`);
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('INV-2026-031', { timeout: 20_000 });
    await expect(sidebar.getByTestId('client-language')).toContainText('Relances en anglais');
    await sidebar.getByRole('button', { name: 'Écrire en français' }).click();
    await expect(sidebar.getByTestId('client-language')).toContainText('Relances en français (votre choix)');
    await sidebar.getByRole('button', { name: 'Insérer la relance' }).click();
    await expect(page.locator('[role="textbox"][aria-multiline="true"]').first()).toContainText('facture n° INV-2026-031');
  });
});
