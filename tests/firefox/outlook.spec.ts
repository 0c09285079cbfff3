import { clickNamed, expectCount, expectText, test } from './fixtures';
import { inSidebar } from './sidebar';

const THREAD_INVOICE = '1a10ae7b60016709';
const THREAD_REPLY = '1a0a417372039f83';
const outlookUrl = (fixture: string, thread: string, host = 'outlook.office.com') => `https://${host}/mail/inbox/id/${thread}?fixture=${fixture}`;

test.describe('Outlook on the web in Firefox ESR', () => {
  test('classifies the debtor’s reply once the user expands the invoice mail', async ({ firefox }) => {
    const page = await firefox.openWebmail(outlookUrl('thread-reply', THREAD_REPLY));
    await expectText(page, inSidebar('.body'), 'Aucune facture dans ce fil');
    await page.locator('::-p-text(Voici la facture n° F-2026-027)').click();
    await expectText(page, inSidebar('.card .number'), 'F-2026-027');
    await expectText(page, inSidebar('.reply.kind-promise'), 'Promesse de paiement');
    await expectText(page, inSidebar('.reply.kind-promise .promised'), '30 novembre 2026');
    await expectCount(page, inSidebar('.badge.status-promised'), 1);
  });

  test('shows the invoice (outlook.live.com), inserts the reminder above the quote and records the send once', async ({ firefox }) => {
    const page = await firefox.openWebmail(outlookUrl('thread-invoice', THREAD_INVOICE, 'outlook.live.com'));
    await expectText(page, inSidebar('.card .number'), 'F-2026-031');
    await expectText(page, inSidebar('.amount-due'), '2 400,00');
    await expectText(page, inSidebar('.client'), 'Julien Morel');
    await clickNamed(page, inSidebar('button'), 'Insérer la relance');
    const editor = '[role="textbox"][aria-multiline="true"]';
    await expectText(page, editor, 'F-2026-031');
    await expectText(page, editor, '2 400,00');
    await expectText(page, inSidebar('.timeline'), 'Relance insérée (non envoyée)');
    await page.locator('button[aria-label="Envoyer"]').click();
    await expectCount(page, inSidebar('.timeline .ev-reminder-sent'), 1, 30_000);
    await expectText(page, inSidebar('.timeline .ev-reminder-sent'), 'Relance envoyée');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expectCount(page, inSidebar('.timeline .ev-reminder-sent'), 1);
  });
});
