import { expect, test, SIDEBAR } from './fixtures';

const THREAD_REPLY = '1a0a417372039f83';

test('a misread reply is corrected in one click, then read as a promise for another day, and the ladder follows', async ({ gmail }) => {
  const page = await gmail('thread-reply', `inbox/${THREAD_REPLY}`);
  const sidebar = page.locator(SIDEBAR);
  await page
    .getByText(/Voici la facture n° F-2026-027/)
    .first()
    .click();
  const reply = sidebar.locator('.replies li');
  await expect(reply).toHaveCount(1);
  await expect(reply).toHaveClass(/kind-promise/);
  await expect(reply.locator('.reader')).toHaveText('lu par Relance');
  await expect(sidebar.locator('.badge.status-promised')).toBeVisible();

  // One click: not a promise. The ladder no longer waits for the 30th.
  await reply.getByRole('button', { name: 'Ce n’est pas une promesse' }).click();
  await expect(reply).toHaveClass(/kind-other/);
  await expect(reply.locator('.reader')).toHaveText('corrigé par vous');
  await expect(sidebar.locator('.badge.status-promised')).toHaveCount(0);
  await expect(sidebar.locator('.next .reason')).not.toContainText('30 novembre 2026');

  // Two clicks and a date: a promise for the 15th of December.
  await reply.getByRole('button', { name: 'Corriger…' }).click();
  await reply.getByRole('radio', { name: 'Promesse de paiement' }).check();
  await reply.getByLabel('Paiement promis pour le').fill('2026-12-15');
  await reply.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(reply).toHaveClass(/kind-promise/);
  await expect(reply.locator('.promised')).toContainText('15 décembre 2026');
  await expect(sidebar.locator('.badge.status-promised')).toBeVisible();
  await expect(sidebar.locator('.next .reason')).toContainText('15 décembre 2026');

  // The corrections are on the timeline, and survive reading the thread again.
  await expect(sidebar.locator('.timeline .ev-correction').first()).toBeAttached();
  await page.reload();
  await page
    .getByText(/Voici la facture n° F-2026-027/)
    .first()
    .click();
  await expect(sidebar.locator('.replies li')).toHaveCount(1);
  await expect(sidebar.locator('.replies li')).toHaveClass(/kind-promise/);
  await expect(sidebar.locator('.replies li .promised')).toContainText('15 décembre 2026');
});

test('the second opinion is off by default and cannot be turned on where the browser offers no usable model', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByLabel('Demander un deuxième avis au modèle intégré de Chrome quand une réponse est ambiguë');
  await expect(toggle).not.toBeChecked();
  // Debian's Chromium exposes the Prompt API without a model behind it: the page says so and the rules read alone.
  const state = options.locator('[data-model-state]');
  await expect(state).toHaveAttribute('data-model-state', /^(absent|unavailable)$/);
  await expect(state).toHaveText(/(n’a pas de modèle intégré|n’est pas disponible sur cet appareil)/);
  await expect(toggle).toBeDisabled();
});
