import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { localDate } from '../../utils/calendar/today';
import { addDays } from '../../utils/calendar/iso-date';

const CSV_DIR = path.resolve(import.meta.dirname, '../fixtures/csv');
const catalog = (language: 'fr' | 'en') =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8')) as Record<string, { message: string }>;

/** The bits of the `chrome` API the test drives inside the service worker. */
interface WorkerChrome {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>>; create(id: string, options: { title?: string; message?: string }): Promise<string> };
  alarms: { create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> };
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as French invoicing tools export dates. */
const dayFirst = (date: string) => date.split('-').reverse().join('/');

async function badgeAndNotifications(worker: Worker) {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    return {
      badge: await c.action.getBadgeText({}),
      notifications: Object.keys(await c.notifications.getAll()),
      notes: (globalThis as unknown as { __notes?: unknown[] }).__notes ?? [],
    };
  });
}

test('first run → settings → tracked invoice in the dashboard → daily alarm → CSV import with mapping → English', async ({ context, worker, extensionId }) => {
  test.setTimeout(150_000);
  const base = `chrome-extension://${extensionId}`;
  const today = localDate();

  // First run: installing opens the onboarding page.
  const onboarding =
    context.pages().find((p) => p.url().includes('/onboarding.html')) ??
    (await context.waitForEvent('page', { predicate: (p) => p.url().includes('/onboarding.html') }));
  await expect(onboarding.getByRole('heading', { level: 1 })).toHaveText('Bienvenue dans Relance');
  expect(await seriousViolations(onboarding)).toEqual([]);
  await onboarding.getByLabel('Nom ou raison sociale').fill('Atelier Graphique Durand');
  await onboarding.getByLabel('SIREN (9 chiffres) ou SIRET').fill('443 061 841');
  await onboarding.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 188');
  await onboarding.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(onboarding.getByText('Cet IBAN n’est pas valide (clé de contrôle)')).toBeVisible();
  await expect(onboarding.getByLabel('IBAN')).toBeFocused();
  await onboarding.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 189');
  await onboarding.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(onboarding.getByText('C’est noté.')).toBeVisible();

  // Settings: what onboarding saved is there; a change is validated and saved.
  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await expect(options.getByLabel('Nom ou raison sociale')).toHaveValue('Atelier Graphique Durand');
  await expect(options.getByLabel('IBAN')).toHaveValue('FR76 3000 6000 0112 3456 7890 189');
  await options.getByLabel('Relance 2').fill('10');
  await options.getByLabel('Relance 1', { exact: true }).fill('12');
  await options.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(options.getByText('Chaque étape doit venir après la précédente.')).toBeVisible();
  await options.getByLabel('Relance 1', { exact: true }).fill('1');
  await options.getByLabel('Relance 2').fill('15');
  await options.getByLabel('Délai de paiement (jours)').fill('45');
  await options.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(options.getByText('Réglages enregistrés.')).toBeVisible();
  await expect(options.getByTestId('template-preview')).toContainText('F-2026-014');
  expect(await seriousViolations(options)).toEqual([]);

  // An invoice entered by hand is tracked and shown with its figures.
  const dashboard = await context.newPage();
  await dashboard.goto(`${base}/dashboard.html`);
  await dashboard.getByRole('button', { name: 'Ajouter une facture' }).click();
  await dashboard.getByLabel('Numéro de facture').fill('F-2026-014');
  await dashboard.getByLabel('Client (nom ou société)').fill('Atelier Durand');
  await dashboard.getByLabel('E-mail du client').fill('factures@durand.fr');
  await dashboard.getByLabel('Montant dû (TTC)').fill('1 250,00');
  await dashboard.getByLabel('Date d’émission').fill(addDays(today, -70));
  await dashboard.getByLabel('Échéance (vide : selon vos délais de paiement)').fill(addDays(today, -40));
  await dashboard.getByRole('button', { name: 'Suivre cette facture' }).click();
  await expect(dashboard.getByText('Facture F-2026-014 suivie.')).toBeVisible();
  const row = dashboard.locator('tr[data-invoice="F-2026-014"]');
  await expect(row.locator('[data-col="amount"]')).toHaveText('1 250,00 €');
  await expect(row.locator('[data-col="days"]')).toHaveText('40 j de retard');
  await expect(dashboard.getByTestId('total-owed')).toHaveText('1 250,00 €');
  await expect(dashboard.getByTestId('total-overdue')).toHaveText('1 250,00 €');
  await expect(dashboard.locator('[data-testid="totals-by-age"] tr[data-bucket="31-60"] td').nth(1)).toHaveText('1 250,00 €');
  await expect(dashboard.locator('[data-testid="overdue-chart"] rect[data-bucket="31-60"]')).toHaveAttribute('data-minor', '125000');
  expect(await seriousViolations(dashboard)).toEqual([]);

  // The daily alarm, fired by the test, raises the badge and one grouped notification.
  await worker.evaluate(() => {
    const c = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const g = globalThis as unknown as { __notes: unknown[] };
    g.__notes = [];
    const create = c.notifications.create.bind(c.notifications);
    c.notifications.create = (id, options) => {
      g.__notes.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
    return c.alarms.create('relance-daily', { when: Date.now() + 200, periodInMinutes: 24 * 60 });
  });
  await expect.poll(async () => (await badgeAndNotifications(worker)).badge, { timeout: 15_000 }).toBe('1');
  // The badge may already say 1 from the invoice's write: wait for the alarm's own work, the notification.
  await expect.poll(async () => (await badgeAndNotifications(worker)).notifications, { timeout: 15_000 }).toContain('relance-today');
  const raised = await badgeAndNotifications(worker);
  expect(raised.notifications).toContain('relance-today');
  expect(raised.notes).toEqual([{ id: 'relance-today', title: 'Relances du jour', message: '1 relance à envoyer aujourd’hui' }]);

  // The popup lists today's action with its thread link (none for a hand-entered invoice).
  const popup = await context.newPage();
  await popup.goto(`${base}/popup.html`);
  await expect(popup.getByTestId('popup-count')).toHaveText('1 action(s) à faire aujourd’hui');
  await expect(popup.locator('li[data-invoice="F-2026-014"]')).toContainText('Atelier Durand');
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.close();

  // CSV import with a hand-made mapping: two invoices added, the duplicate merged (its lower amount is a payment).
  const csv = path.join(os.tmpdir(), `relance-import-${Date.now()}.csv`);
  writeFileSync(
    csv,
    readFileSync(path.join(CSV_DIR, 'custom-headers.csv'), 'utf8')
      .replaceAll('{{issue}}', dayFirst(addDays(today, -70)))
      .replaceAll('{{due}}', dayFirst(addDays(today, -40))),
  );
  await dashboard.getByRole('button', { name: 'Importer un CSV' }).click();
  await dashboard.getByLabel('Fichier CSV').setInputFiles(csv);
  await expect(dashboard.getByTestId('import-summary')).toHaveText('0 nouvelle(s), 0 mise(s) à jour, 3 ignorée(s)');
  await dashboard.getByLabel('Reste à payer').selectOption('Somme');
  await dashboard.getByLabel('Date d’émission', { exact: true }).selectOption('Émise');
  await dashboard.getByLabel('Échéance', { exact: true }).selectOption('Payable le');
  await expect(dashboard.getByTestId('import-summary')).toHaveText('2 nouvelle(s), 1 mise(s) à jour, 0 ignorée(s)');
  expect(await seriousViolations(dashboard)).toEqual([]);
  await dashboard.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(dashboard.getByText('Import terminé : 2 nouvelle(s), 1 mise(s) à jour, 0 ignorée(s).')).toBeVisible();
  await expect(dashboard.locator('tr[data-invoice]')).toHaveCount(3);
  await expect(row.locator('[data-col="amount"]')).toHaveText('1 000,00 €');
  await expect(dashboard.getByTestId('total-owed')).toHaveText('1 690,00 €');

  // Bulk exports: the list shown as a spreadsheet, then a full backup that restores to the same three invoices.
  const [list] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Exporter la liste affichée (CSV)' }).click()]);
  expect(list.suggestedFilename()).toBe(`relance-factures-${today}.csv`);
  expect(readFileSync(await list.path(), 'utf8')).toContain('F-2026-014;Atelier Durand;');
  const [backup] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Sauvegarder tout (JSON)' }).click()]);
  expect(backup.suggestedFilename()).toMatch(/\.json$/);
  dashboard.once('dialog', (dialog) => void dialog.accept());
  await dashboard.getByTestId('restore-file').setInputFiles(await backup.path());
  await expect(dashboard.getByText('Sauvegarde restaurée : 3 factures.')).toBeVisible();
  await expect(dashboard.locator('tr[data-invoice]')).toHaveCount(3);

  // The same header set later: the mapping is remembered, and importing again doubles nothing.
  await dashboard.getByRole('button', { name: 'Importer un CSV' }).click();
  await dashboard.getByLabel('Fichier CSV').setInputFiles(csv);
  await expect(dashboard.getByTestId('import-summary')).toHaveText('0 nouvelle(s), 3 mise(s) à jour, 0 ignorée(s)');
  await expect(dashboard.getByLabel('Reste à payer')).toHaveValue('Somme');
  await dashboard.getByRole('button', { name: 'Annuler', exact: true }).click();

  // English: every string of the dashboard changes.
  await dashboard.getByLabel('Langue').selectOption('en');
  await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(row.locator('[data-col="amount"]')).toHaveText('€1,000.00');
  await expect(row.locator('[data-col="days"]')).toHaveText('40 days late');
  await dashboard.locator('tr[data-invoice="F-2026-014"]').getByRole('button', { name: 'Manage invoice F-2026-014' }).click();
  await dashboard.getByRole('button', { name: 'Add an invoice' }).click();
  await expect(dashboard).toHaveTitle('Relance — dashboard');
  // Every text node, label and title of the page, one by one; a French message shows up whole in one of them.
  const pieces = await dashboard.evaluate(() => {
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) out.push(node.textContent.trim());
    for (const e of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) if (e.getAttribute(a)) out.push(e.getAttribute(a)!);
    return out;
  });
  const en = catalog('en');
  const frOnly = Object.entries(catalog('fr'))
    .filter(([key]) => /^(dash_|stage_|sb_status_)/.test(key))
    .map(([key, { message }]) => ({ key, message, english: en[key]?.message }))
    .filter(({ message, english }) => message !== english && !message.includes('$'));
  expect(frOnly.length).toBeGreaterThan(80);
  // Short messages must match a whole piece ("Client" is inside "Client type"); long ones may sit inside a sentence.
  const leaks = frOnly.filter(({ message }) => pieces.some((p) => p === message || (message.length >= 15 && p.includes(message))));
  expect(leaks.map(({ key, message }) => `${key}: ${message}`)).toEqual([]);
  expect(pieces.length).toBeGreaterThan(100);
  expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await seriousViolations(dashboard)).toEqual([]);

  // Settings follow the language; each client's reminder language is set there.
  await options.reload();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Relance settings');
  await expect(options.locator('[data-testid="clients-table"] tbody tr')).toHaveCount(3);
  await options.getByLabel('Reminder language for Agence Lumière').selectOption('en');
  await expect(options.getByText('Client Agence Lumière updated.')).toBeVisible();
  await expect(options.locator('tr[data-client="Agence Lumière"]')).toContainText('your choice');
  expect(await seriousViolations(options)).toEqual([]);
});

test('keyboard: the dashboard is usable without a mouse', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tableau de bord');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au tableau des factures' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Langue')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ajouter une facture' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nouvelle facture' })).toBeVisible();
  // A visible focus ring on the focused control.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
  await page.getByLabel('Numéro de facture').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Champ obligatoire.').first()).toBeVisible();
  await expect(page.getByLabel('Numéro de facture')).toBeFocused();

  // Fill and submit with the keyboard only; then open the invoice's panel, and Escape brings focus back.
  await page.keyboard.type('K-1');
  for (const value of ['Kiosque Bleu', 'k@bleu.fr']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.getByLabel('Montant dû (TTC)').focus();
  await page.keyboard.type('99,90');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Facture K-1 suivie.')).toBeVisible();
  const manage = page.getByRole('button', { name: 'Gérer la facture K-1' });
  await manage.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Facture K-1 — Kiosque Bleu' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(manage).toBeFocused();
  await expect(manage).toHaveAttribute('aria-expanded', 'false');
});
