// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { addEvent } from '../../../utils/background/handlers/event';
import { get, track } from '../../../utils/background/handlers/invoice';
import { exportEvidence, exportFormalNotice } from '../../../utils/background/handlers/export';
import { renderReminder } from '../../../utils/background/handlers/reminder';
import type { HandlerContext } from '../../../utils/background/router';
import { InvoicePanel } from '../../../components/dashboard/InvoicePanel';
import { base64ToBytes } from '../../../utils/messaging/base64';
import { createTranslator } from '../../../utils/i18n/translate';
import { formatMoney } from '../../../utils/templates/format-money';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { readDocx } from '../export/docx-reader';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const fr = (minor: number) => formatMoney(eur(minor), 'fr');

/**
 * One invoice, five surfaces, one set of figures (issue 22, point 2). 10 000 € due 31 Jan 2025, 6 000 € paid on 2 Mar 2025,
 * the user's terms say 15 % (above the 2025-S1 floor of 3 × 3.71 = 11.13 %), seen on 1 May 2025:
 * 1 Feb–2 Mar, 30 d on 10 000 €: 1000000 × 15 % × 30 / 365 = 12328.8 → 123,29 €;
 * 3 Mar–1 May, 60 d on 4 000 €: 400000 × 15 % × 60 / 365 = 9863.0 → 98,63 €;
 * interest 221,92 €, indemnity 40 €, total 4 000 + 221,92 + 40 = 4 261,92 €.
 */
async function scenario() {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-figures-${Math.random()}`, undefined, onClose));
  const ctx: HandlerContext = { store, today: () => '2025-05-01' };
  await store.saveSettings({
    ...DEFAULT_SETTINGS,
    contractualRate: 15,
    creditor: { name: 'Paul Durand', iban: 'FR7630006000011234567890189' },
    onboarded: true,
  });
  const tracked = await track(
    {
      type: 'invoice:track',
      webmail: 'gmail',
      threadId: 't-1',
      url: 'https://mail.google.com/mail/u/0/#inbox/t-1',
      fields: {
        number: 'F-2025-007',
        amountDue: eur(1_000_000),
        issueDate: '2025-01-01',
        dueDate: '2025-01-31',
        debtor: { name: 'Atelier Dupont', email: 'compta@dupont.fr' },
        debtorKind: 'business',
      },
    },
    ctx,
  );
  const invoiceId = tracked.invoice.id;
  await addEvent({ type: 'event:add', invoiceId, kind: 'payment', occurredOn: '2025-03-02', data: { amount: eur(600_000), receivedOn: '2025-03-02' } }, ctx);
  return { ctx, invoiceId };
}

describe('the same invoice shows the same figures everywhere', () => {
  it('computes the hand-computed figures once', async () => {
    const { ctx, invoiceId } = await scenario();
    const { charges } = await get({ type: 'invoice:get', invoiceId }, ctx);
    expect(charges).toMatchObject({
      principal: eur(1_000_000),
      paid: eur(600_000),
      outstanding: eur(400_000),
      interest: eur(22192),
      indemnity: eur(4000),
      total: eur(426192),
    });
  });

  it('sidebar and dashboard panel print those figures', async () => {
    const { ctx, invoiceId } = await scenario();
    const view = await get({ type: 'invoice:get', invoiceId }, ctx);
    const root = document.createElement('div');
    const t = createTranslator('fr');
    const summary = {
      id: invoiceId,
      number: 'F-2025-007',
      clientId: view.client.id,
      clientName: 'Atelier Dupont',
      clientKind: 'business' as const,
      amountDue: view.invoice.amountDue,
      dueDate: '2025-01-31',
      issueDate: '2025-01-01',
      daysLate: 90,
      status: 'open' as const,
      stage: 'none' as const,
      paused: false,
      threadIds: [],
    };
    const noop = () => undefined;
    render(
      <InvoicePanel
        invoice={summary}
        threads={[]}
        charges={view.charges}
        language="fr"
        today="2025-05-01"
        busy={false}
        t={t}
        onPaid={noop}
        onPartial={async () => true}
        onCancel={noop}
        onNote={async () => true}
        onExport={noop}
        onCourtDocx={noop}
        onPrint={noop}
        onClose={noop}
      />,
      root,
    );
    const owed = root.querySelector('[data-testid="panel-owed"]')!;
    expect(owed.querySelector('.amount-due')?.textContent).toBe(fr(400_000));
    expect(owed.querySelector('.paid')?.textContent).toBe(fr(600_000));
    expect(owed.querySelector('.interest')?.textContent).toBe(fr(22192));
    expect(owed.querySelector('.indemnity')?.textContent).toBe(fr(4000));
    expect(owed.querySelector('.total')?.textContent).toBe(fr(426192));
  });

  it('the reminder mail quotes them, with the rate of the terms', async () => {
    const { ctx, invoiceId } = await scenario();
    const mail = await renderReminder({ type: 'reminder:render', invoiceId, templateId: 'reminder2' }, ctx);
    expect(mail.body).toContain(`d’un montant de ${fr(400_000)}`);
    expect(mail.body).toContain(`taux annuel de 15,00\u00a0%, soit ${fr(22192)} au 1er mai 2025`);
    expect(mail.body).toContain(`soit un total dû de ${fr(426192)}`);
  });

  it('the mise en demeure and the evidence dossier state them', async () => {
    const { ctx, invoiceId } = await scenario();
    const letter = (await readDocx(base64ToBytes((await exportFormalNotice({ type: 'export:formal-notice', invoiceIds: [invoiceId] }, ctx)).base64))).text;
    expect(letter).toContain(fr(400_000));
    expect(letter).toContain(fr(12329));
    expect(letter).toContain(fr(9863));
    expect(letter).toContain(fr(22192));
    expect(letter).toContain(`la somme de ${fr(426192)}`);
    const dossier = (await readDocx(base64ToBytes((await exportEvidence({ type: 'export:evidence', invoiceId, format: 'docx' }, ctx)).base64))).text;
    expect(dossier).toContain(`la somme de ${fr(400_000)} en principal`);
    expect(dossier).toContain(`soit ${fr(426192)} avec les pénalités`);
    expect(dossier).toContain(fr(22192 + 4000));
  });
});
