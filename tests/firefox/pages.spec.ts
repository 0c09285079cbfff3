import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { addDays } from '../../utils/calendar/iso-date';
import { clickNamed, expect, expectText, fillLabelled, test, textsOf } from './fixtures';

type WebExtensionApi = typeof import('webextension-polyfill');

/**
 * The toolbar badge, the daily alarm, and the day of the last grouped notification, read from an extension page
 * (headless Firefox has no alert service to show notifications, so the background's record of the one it issued is read).
 */
function followUp(page: Page) {
  return page.evaluate(async () => {
    const b = (globalThis as unknown as { browser: WebExtensionApi }).browser;
    const action = b.action ?? b.browserAction;
    const notified = (await b.storage.local.get('followUp.lastNotified'))['followUp.lastNotified'] as string | undefined;
    return { badge: await action.getBadgeText({}), notifiedOn: notified?.split(':')[0], alarm: (await b.alarms.get('relance-daily'))?.periodInMinutes };
  });
}

test('options save, an optional host permission, a hand-entered invoice on the dashboard, the daily alarm and badge, a CSV download', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('/options.html');
  await fillLabelled(options, 'Nom ou raison sociale', 'Atelier Graphique Durand');
  await fillLabelled(options, 'SIREN (9 chiffres) ou SIRET', '443 061 841');
  await fillLabelled(options, 'IBAN', 'FR76 3000 6000 0112 3456 7890 188');
  await clickNamed(options, 'button', 'Enregistrer les réglages');
  await expectText(options, 'body', 'Cet IBAN n’est pas valide (clé de contrôle)');
  await fillLabelled(options, 'IBAN', 'FR76 3000 6000 0112 3456 7890 189');
  await fillLabelled(options, 'Délai de paiement (jours)', '45');
  await clickNamed(options, 'button', 'Enregistrer les réglages');
  await expectText(options, 'body', 'Réglages enregistrés.');
  // Registry lookups: an optional host permission asked from the user's click (MV2: among optional_permissions).
  await clickNamed(options, '[data-testid="registry"] button', 'Autoriser les consultations du registre');
  await expectText(options, '[data-testid="registry"] [role="status"]', 'Consultations du registre autorisées.');
  expect(await options.evaluate(() => (globalThis as unknown as { browser: WebExtensionApi }).browser.permissions.getAll().then((p) => p.origins))).toContain(
    'https://recherche-entreprises.api.gouv.fr/*',
  );

  const dashboard = await firefox.openExtensionPage('/dashboard.html');
  // Today in the browser's time zone (Europe/Paris), which may differ from this process's near midnight.
  const today = await dashboard.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await clickNamed(dashboard, 'button', 'Ajouter une facture');
  await fillLabelled(dashboard, 'Numéro de facture', 'F-2026-014');
  await fillLabelled(dashboard, 'Client (nom ou société)', 'Atelier Durand');
  await fillLabelled(dashboard, 'E-mail du client', 'factures@durand.fr');
  await fillLabelled(dashboard, 'Montant dû (TTC)', '1 250,00');
  await fillLabelled(dashboard, 'Date d’émission', addDays(today, -70));
  await fillLabelled(dashboard, 'Échéance (vide : selon vos délais de paiement)', addDays(today, -40));
  await clickNamed(dashboard, 'button', 'Suivre cette facture');
  await expectText(dashboard, 'body', 'Facture F-2026-014 suivie.');
  await expectText(dashboard, 'tr[data-invoice="F-2026-014"] [data-col="amount"]', '1 250,00 €');
  await expectText(dashboard, 'tr[data-invoice="F-2026-014"] [data-col="days"]', '40 j de retard');
  expect(await textsOf(dashboard, '[data-testid="total-owed"]')).toEqual(['1 250,00 €']);

  // The daily alarm exists; fired now, it raises the badge and the grouped notification.
  expect((await followUp(dashboard)).alarm).toBe(24 * 60);
  expect((await followUp(dashboard)).notifiedOn).toBeUndefined();
  await dashboard.evaluate(() =>
    (globalThis as unknown as { browser: WebExtensionApi }).browser.alarms.create('relance-daily', { when: Date.now() + 200, periodInMinutes: 24 * 60 }),
  );
  await expect.poll(async () => (await followUp(dashboard)).notifiedOn, { timeout: 20_000 }).toBe(today);
  expect((await followUp(dashboard)).badge).toBe('1');

  // A download from an extension page lands in the downloads folder.
  await clickNamed(dashboard, 'button', 'Exporter la liste affichée (CSV)');
  const file = path.join(firefox.downloadDir, `relance-factures-${today}.csv`);
  await expect
    .poll(() => existsSync(file) && readFileSync(file, 'utf8'), { timeout: 20_000, message: `${file} in ${readdirSync(firefox.downloadDir)}` })
    .toContain('F-2026-014;Atelier Durand;');
});
