/** The privacy policy is one click away in the options, with every host Relance may contact. */
import { NETWORK_DESTINATIONS } from '../../utils/privacy/network-destinations';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

test('options: the privacy policy opens from the navigation and names every destination', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('navigation').getByRole('link', { name: 'Confidentialité' }).click();
  await options.getByText('Politique de confidentialité de Relance').click();
  await expect(options.getByRole('heading', { name: 'Ce qui est envoyé, où et quand' })).toBeVisible();
  for (const d of NETWORK_DESTINATIONS) await expect(options.getByText(d.host, { exact: false })).toBeVisible();
  await expect(options.getByText(/Aucune statistique d’usage, aucun traceur/)).toBeVisible();
  expect(await seriousViolations(options, '.privacy-policy')).toEqual([]);
});
