/**
 * The end of the ladder in the built extension: the judicial stage offers the requête en injonction de payer above
 * 5 000 € and the commissaire de justice's petites-créances dossier below, each as a DOCX and an A4 page, recorded in
 * the timeline; La Poste's tracking (a local answer routed at the real host, as for the other connectors) records the
 * letter's events and its delivery moves the court date.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../utils/calendar/iso-date';
import { localDate } from '../../utils/calendar/today';
import { deadlineAfter, nextBusinessDay } from '../../utils/legal/holidays';
import { readDocx } from '../unit/export/docx-reader';
import { expect, SIDEBAR, test } from './fixtures';
import { TEST_EXTENSION_DIR } from './launch';
import { seriousViolations } from './axe';

type Reply<T> = { ok: boolean; value: T; error?: { message: string } };
type View = {
  invoice: { id: string };
  next?: { kind: string; date?: string };
  timeline: Array<{ kind: string; occurredOn: string; data: Record<string, unknown> }>;
};

/** Sends a request from an extension page, as Relance's own pages do. */
async function ask<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  )) as Reply<T>;
  if (!reply.ok) throw new Error(`${String(message.type)}: ${reply.error?.message}`);
  return reply.value;
}

const today = localDate();
const dueDate = addDays(today, -120);
const sentOn = addDays(today, -30);
const deliveredOn = addDays(today, -27);

/** Two debtors past their mise en demeure: 8 000 € (requête) and 1 200 € (petites créances). */
async function seed(context: BrowserContext, extensionId: string): Promise<{ page: Page; big: string; small: string }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await ask(page, {
    type: 'settings:save',
    settings: {
      creditor: {
        name: 'Atelier Martin',
        legalForm: 'SAS',
        siren: '852123456',
        address: ['12 rue des Lilas', '69003 Lyon'],
        city: 'Lyon',
        iban: 'FR7630006000011234567890189',
        email: 'camille.martin@atelier-martin.fr',
      },
    },
  });
  const create = async (number: string, clientName: string, minor: number) => {
    const view = await ask<View>(page, {
      type: 'invoice:create',
      fields: {
        number,
        clientName,
        clientEmail: `compta@${number.toLowerCase()}.fr`,
        debtorKind: 'business',
        amountDue: { minor, currency: 'EUR' },
        issueDate: addDays(dueDate, -30),
        dueDate,
      },
    });
    await ask(page, {
      type: 'event:add',
      invoiceId: view.invoice.id,
      kind: 'letter-sent',
      occurredOn: sentOn,
      data: { trackingNumber: `1A${number.replace(/\D/g, '').padStart(11, '0')}`, sentOn, kind: 'formal-notice' },
    });
    return view.invoice.id;
  };
  return { page, big: await create('F-2026-101', 'Bâtiments Lefort', 800_000), small: await create('F-2026-102', 'Studio Petit', 120_000) };
}

async function openPanel(context: BrowserContext, extensionId: string, number: string): Promise<Page> {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dashboard.getByRole('button', { name: `Gérer la facture ${number}` }).click();
  await expect(dashboard.getByTestId('court-steps')).toBeVisible();
  return dashboard;
}

test('the judicial stage proposes the requête above 5 000 € and the petites-créances dossier below, as DOCX and A4 page, each recorded', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const { page, big, small } = await seed(context, extensionId);

  const dashboard = await openPanel(context, extensionId, 'F-2026-101');
  const steps = dashboard.getByTestId('court-steps').locator('li');
  await expect(steps.first()).toHaveAttribute('data-step', 'payment-order');
  await expect(steps.first()).toContainText('Requête en injonction de payer');
  await expect(steps.first()).toContainText('Coût');
  await expect(dashboard.getByTestId('court-steps').locator('li[data-step="small-claims"]')).toHaveCount(0);
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Requête en injonction de payer (DOCX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^requete-injonction-de-payer-batiments-lefort-f-2026-101-\d{4}-\d{2}-\d{2}\.docx$/);
  const { text } = await readDocx(readFileSync((await download.path())!));
  expect(text).toContain('REQUÊTE EN INJONCTION DE PAYER');
  expect(text).toContain('BORDEREAU DES PIÈCES');

  const [letter] = await Promise.all([context.waitForEvent('page'), dashboard.getByRole('button', { name: 'Page A4 à imprimer ou en PDF' }).first().click()]);
  await expect(letter.getByTestId('letter-sheet')).toContainText('REQUÊTE EN INJONCTION DE PAYER');
  await expect(letter.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeEnabled();
  await expect(letter.locator('img[data-payload^="BCD"]')).toHaveCount(1);
  expect(await seriousViolations(letter)).toEqual([]);
  expect(await seriousViolations(dashboard)).toEqual([]);
  const exports = (await ask<View>(page, { type: 'invoice:get', invoiceId: big })).timeline.filter((e) => e.kind === 'export').map((e) => e.data.what);
  expect(exports).toEqual(['payment-order', 'payment-order-a4']);

  const smallPanel = await openPanel(context, extensionId, 'F-2026-102');
  const smallSteps = smallPanel.getByTestId('court-steps').locator('li');
  await expect(smallSteps.first()).toHaveAttribute('data-step', 'small-claims');
  await expect(smallSteps.first()).toContainText('Credicys');
  await expect(smallSteps.nth(1)).toHaveAttribute('data-step', 'payment-order');
  const [dossier] = await Promise.all([
    smallPanel.waitForEvent('download'),
    smallPanel.getByRole('button', { name: 'Dossier pour le commissaire de justice (DOCX)' }).click(),
  ]);
  expect(dossier.suggestedFilename()).toMatch(/^dossier-petites-creances-studio-petit-f-2026-102-.*\.docx$/);
  expect((await readDocx(readFileSync((await dossier.path())!))).text).toContain('DOSSIER POUR LE COMMISSAIRE DE JUSTICE');
  expect((await ask<View>(page, { type: 'invoice:get', invoiceId: small })).timeline.filter((e) => e.kind === 'export').map((e) => e.data.what)).toEqual([
    'small-claims-dossier',
  ]);
});

/** Answers the permission prompt in the page and reports the grant to the worker (see connectors.spec.ts). */
async function grantPermissionPrompts(page: Page, worker: Worker) {
  await page.addInitScript(() => {
    const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
    permissions.request = (_details: unknown, callback?: (granted: boolean) => void) => (callback ? callback(true) : Promise.resolve(true));
  });
  await worker.evaluate(() => {
    const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
    permissions.contains = (_details: unknown, callback?: (granted: boolean) => void) => (callback ? callback(true) : Promise.resolve(true));
  });
}

test('La Poste tracking events from the mock arrive on the timeline and move the deadline', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  const seen: Array<{ url: string; key?: string }> = [];
  await context.route(/^https:\/\/api\.laposte\.fr\//, async (route, request) => {
    const url = new URL(request.url());
    seen.push({ url: url.pathname, key: (await request.allHeaders())['x-okapi-key'] });
    if (!url.pathname.startsWith('/suivi/v2/idships/')) return route.fulfill({ status: 599, body: 'unexpected request in test' });
    const at = (day: string, time: string) => `${day}T${time}:00+01:00`;
    const body = {
      returnCode: 200,
      shipment: {
        idShip: url.pathname.split('/').pop(),
        isFinal: true,
        event: [
          { code: 'DI1', label: 'Votre courrier a été distribué à son destinataire.', date: at(deliveredOn, '11:00') },
          { code: 'AG1', label: 'Votre courrier est disponible dans votre bureau de poste.', date: at(addDays(sentOn, 2), '10:15') },
          { code: 'PC1', label: 'Votre courrier a été déposé.', date: at(sentOn, '17:02') },
        ],
      },
    };
    await route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });
  });
  const { page, big } = await seed(context, extensionId);
  const before = await ask<View>(page, { type: 'invoice:get', invoiceId: big });
  expect(before.next).toMatchObject({ kind: 'go-to-court', date: nextBusinessDay(addDays(deadlineAfter(sentOn, 8), 1)) });

  const options = await context.newPage();
  await grantPermissionPrompts(options, worker);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByTestId('letter-tracking');
  await section.getByLabel('Clé API La Poste (X-Okapi-Key)').fill('okapi-e2e-key-0042');
  await section.getByRole('button', { name: 'Autoriser api.laposte.fr et enregistrer la clé' }).click();
  await expect(section.getByText('Suivi actif avec la clé …0042.')).toBeVisible();
  await expect(section.getByText('2 lettre(s) vérifiée(s), 6 nouvel(s) événement(s) au dossier.')).toBeVisible();
  expect(seen.every((s) => s.key === 'okapi-e2e-key-0042')).toBe(true);

  const after = await ask<View>(page, { type: 'invoice:get', invoiceId: big });
  const tracked = after.timeline.filter((e) => e.kind === 'letter-status' || e.kind === 'acknowledgement-received');
  expect(tracked.map((e) => [e.kind, e.occurredOn])).toEqual([
    ['letter-status', sentOn],
    ['letter-status', addDays(sentOn, 2)],
    ['acknowledgement-received', deliveredOn],
  ]);
  expect(after.next).toMatchObject({ kind: 'go-to-court', date: nextBusinessDay(addDays(deadlineAfter(deliveredOn, 8), 1)) });

  // A second check asks nothing more: both letters are delivered.
  await section.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await expect(section.getByText('0 lettre(s) vérifiée(s), 0 nouvel(s) événement(s) au dossier.')).toBeVisible();
});

test('Etalab’s postcode table is a chunk of its own, loaded by the dashboard on demand, never by the webmail or the worker', () => {
  const read = (file: string) => readFileSync(path.join(TEST_EXTENSION_DIR, file), 'utf8');
  const chunks = readdirSync(path.join(TEST_EXTENSION_DIR, 'chunks'));
  const table = chunks.filter((name) => read(`chunks/${name}`).includes('69003=Lyon'));
  expect(table).toHaveLength(1);
  expect(table[0]).toMatch(/postcode-communes/);
  for (const file of ['background.js', 'content-scripts/gmail.js', 'content-scripts/outlook.js']) expect(read(file)).not.toContain('69003=Lyon');
  const dashboard = chunks.find((name) => name.startsWith('dashboard-'))!;
  expect(read(`chunks/${dashboard}`)).toMatch(new RegExp(`import\\([^)]*${table[0].replace(/[.]/g, '\\.')}`));
});

test('without a key: La Poste’s page in one click and “AR reçu le …” in two, from the sidebar', async ({ gmail }) => {
  const page = await gmail('thread-invoice', 'inbox/1a10ae7b60016709');
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
  await sidebar.getByRole('button', { name: '+ Courrier recommandé' }).click();
  await sidebar.locator('form.add-event input[name="text"]').fill('1A 234 567 8901 2');
  await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
  const followUp = sidebar.getByTestId('letter-follow-up');
  await expect(followUp).toContainText('Lettre recommandée n° 1A 234 567 8901 2');
  await expect(followUp.getByRole('link', { name: 'Suivre sur laposte.fr' })).toHaveAttribute(
    'href',
    'https://www.laposte.fr/outils/suivre-vos-envois?code=1A23456789012',
  );
  await followUp.getByRole('button', { name: 'AR reçu…' }).click();
  await followUp.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(sidebar.locator('.timeline .ev-acknowledgement-received')).toHaveCount(1);
  await expect(followUp).toHaveCount(0);
});
