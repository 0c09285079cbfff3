import { expect, test, SIDEBAR } from './fixtures';
import { addDays } from '../../utils/calendar/iso-date';
import { nextBusinessDay } from '../../utils/legal/holidays';
import { formatDay } from '../../utils/i18n/format';
import { formatDateLong } from '../../utils/templates/format-date';

const THREAD_INVOICE = '1a10ae7b60016709';

test.describe('an accepted payment plan', () => {
  test('is recorded in the sidebar; once the first instalment is paid, nothing is chased before the second one’s date', async ({ gmail }) => {
    const page = await gmail('thread-invoice', `inbox/${THREAD_INVOICE}`);
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar.locator('.card .number').first()).toHaveText('F-2026-031');
    // The overdue invoice (due 4 Nov 2026) is chased today before any plan.
    await expect(sidebar.locator('.next')).toContainText('à faire maintenant');

    await sidebar.getByRole('button', { name: '+ Échéancier accepté' }).click();
    const form = sidebar.locator('form.plan-form');
    // Prefilled with the proposal: 2 400 € in three monthly instalments.
    await expect(form.locator('input[name="plan-amount-0"]')).toHaveValue('800,00');
    await expect(form.locator('input[name="plan-amount-2"]')).toHaveValue('800,00');
    const first = await form.locator('input[name="plan-date-0"]').inputValue();
    const second = await form.locator('input[name="plan-date-1"]').inputValue();
    expect(second > first).toBe(true);
    await form.getByRole('button', { name: 'Enregistrer l’échéancier' }).click();
    await expect(sidebar.locator('.plan h3')).toContainText('Échéancier accepté le');
    await expect(sidebar.locator('.timeline .ev-plan-agreed')).toHaveCount(1);

    await sidebar.getByRole('button', { name: '+ Paiement' }).click();
    await sidebar.locator('form.add-event input[name="amount"]').fill('800,00');
    await sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(sidebar.locator('.amount-due').first()).toHaveText(/1\s600,00/);
    await expect(sidebar.locator('.plan li').first()).toContainText('payée');

    // The next step is the check of the second instalment, the business day after its date, and it is not due now.
    const chase = nextBusinessDay(addDays(second, 1));
    const next = sidebar.locator('.next');
    await expect(next).toContainText('Relance pour une échéance impayée');
    await expect(next).toContainText(`le ${formatDay(chase, 'fr', 'long')}`);
    await expect(next).not.toContainText('à faire maintenant');
    await expect(next).toContainText(`prochaine échéance le ${formatDateLong(second, 'fr')}`);
  });
});
