import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clickNamed, expect, expectCount, expectText, test, textsOf } from './fixtures';
import { inSidebar } from './sidebar';

const THREAD_INVOICE = '1a10ae7b60016709';
const THREAD_REPLY = '1a0a417372039f83';
const gmailUrl = (fixture: string, hash: string) => `https://mail.google.com/mail/u/0/?fixture=${fixture}#${hash}`;

test.describe('Gmail in Firefox ESR', () => {
  test('classifies the debtor’s reply once the user expands the invoice mail', async ({ firefox }) => {
    const page = await firefox.openWebmail(gmailUrl('thread-reply', `inbox/${THREAD_REPLY}`));
    await page.locator('::-p-text(Voici la facture n° F-2026-027)').click();
    await expectText(page, inSidebar('.card .number'), 'F-2026-027');
    await expectCount(page, inSidebar('.reply.kind-promise'), 1);
    await expectText(page, inSidebar('.reply.kind-promise .phrase'), '30 novembre');
    await expectCount(page, inSidebar('.badge.status-promised'), 1);
  });

  test('shows the open thread’s invoice, inserts the reminder into the reply and records the confirmed send exactly once', async ({ firefox }) => {
    const page = await firefox.openWebmail(gmailUrl('thread-invoice&undo=1', `inbox/${THREAD_INVOICE}`));
    await expectText(page, inSidebar('.card .number'), 'F-2026-031');
    await expectText(page, inSidebar('.amount-due'), /2\s400,00\s€/);
    await expectText(page, inSidebar('.indemnity'), /40,00\s€/);
    // The sidebar's strings come from the background's catalog (issue 25: Firefox showed "sb_title", "sb_loading"…).
    expect(await textsOf(page, inSidebar('.panel .head'))).toEqual(['Relance›Réduire Relance']);
    expect((await textsOf(page, inSidebar('.panel'))).join(' ')).not.toMatch(/\b(sb|stage|ev)_[a-z_]+/);
    await clickNamed(page, inSidebar('button'), 'Insérer la relance');
    await expectText(page, '[g_editable="true"]', 'F-2026-031');
    await expectText(page, '[g_editable="true"]', /2\s400,00/);
    await expectText(page, inSidebar('.notice.ok'), 'Relance insérée');
    await page.locator('[role="button"][aria-label^="Envoyer"]').click();
    await expectText(page, 'body', 'Message envoyé');
    await expectCount(page, inSidebar('.timeline .ev-reminder-sent'), 1, 30_000);
    await expectText(page, inSidebar('.notice.ok'), 'Envoi enregistré');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await expectCount(page, inSidebar('.timeline .ev-reminder-sent'), 1);
    await expectCount(page, inSidebar('.timeline .ev-reminder-inserted'), 1);
    // The timeline, downloaded from the sidebar, carries the send.
    await clickNamed(page, inSidebar('button'), 'Historique (CSV)');
    await expect
      .poll(
        () =>
          readdirSync(firefox.downloadDir)
            .filter((f) => f.endsWith('.csv'))
            .map((f) => readFileSync(path.join(firefox.downloadDir, f), 'utf8'))
            .join(''),
        { timeout: 20_000 },
      )
      .toContain('F-2026-031');
  });
});
