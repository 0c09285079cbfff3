/**
 * The store listings' screenshots (1280×800, the Chrome Web Store's size; AMO takes the same), made by the headless demo:
 * the Gmail sidebar, the Outlook sidebar, the dashboard, and the mise en demeure as printed (rendered by
 * LibreOffice and pdftoppm when present). Written into docs/store/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { renderFormalNotice } from '../../utils/export/formal-notice';

const SIZE = { width: 1280, height: 800 };
const OUT = path.resolve('docs/store/screenshots');

async function settle(page: Page, ms = 1500): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(ms);
}

/** A formal notice for the demo's overdue invoice, first page as PNG (LibreOffice → PDF → pdftoppm); undefined without them. */
async function formalNoticePng(): Promise<string | undefined> {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
  if (!soffice || !existsSync('/usr/bin/pdftoppm')) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'relance-store-'));
  const docx = path.join(dir, 'mise-en-demeure.docx');
  writeFileSync(
    docx,
    await renderFormalNotice({
      creditor: {
        name: 'Camille Martin — Atelier Martin',
        address: ['12 rue des Tanneurs', '69001 Lyon'],
        siren: '443061841',
        iban: 'FR7630006000011234567890189',
        city: 'Lyon',
        email: 'camille.martin@atelier-martin.fr',
      },
      debtor: { name: 'Atelier Bois & Co', address: ['4 quai de la Loire', '44000 Nantes'], kind: 'business' },
      invoices: [{ number: 'F-2026-025', issueDate: '2026-09-02', dueDate: '2026-10-02', amountDue: { minor: 186_000, currency: 'EUR' } }],
      asOf: '2026-12-03',
    }),
  );
  // Writer's headless build exports PDF, not images.
  execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'mise-en-demeure.pdf'), path.join(dir, 'page')], {
    timeout: 60_000,
  });
  const png = path.join(dir, 'page.png');
  return existsSync(png) ? png : undefined;
}

/** Saves the four listing screenshots; the webmail pages are the demo's fixtures at the real URLs. */
export async function storeScreenshots(context: BrowserContext, extensionId: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  const save = async (name: string) => {
    await page.screenshot({ path: path.join(OUT, `${name}.png`) });
    console.log(`  saved ${path.join(OUT, `${name}.png`)}`);
  };

  await page.goto('https://mail.google.com/mail/u/0/?fixture=demo#inbox/1a10ae7b60016709');
  await settle(page);
  await save('1-gmail-sidebar');

  await page.goto('https://outlook.office.com/mail/inbox?fixture=demo');
  await settle(page, 800);
  await page
    .getByText(/Facture F-2026-025/)
    .first()
    .click();
  await settle(page);
  await save('2-outlook-sidebar');

  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await settle(page);
  await save('3-dashboard');

  const letter = await formalNoticePng();
  if (letter) {
    const data = `data:image/png;base64,${readFileSync(letter).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:#e8eaed;display:flex;justify-content:center;align-items:flex-start;height:800px;overflow:hidden"><img src="${data}" style="height:1100px;margin-top:24px;box-shadow:0 2px 12px #0003"></body>`,
    );
    await settle(page, 300);
    await save('4-mise-en-demeure');
  } else {
    console.log('  LibreOffice or pdftoppm not found: the mise en demeure screenshot was not made (bash scripts/setup.sh installs them).');
  }
  await page.close();
}
