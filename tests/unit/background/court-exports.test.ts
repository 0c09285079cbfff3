import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCourtDocument, exportPaymentQr } from '../../../utils/background/handlers/export';
import { addEvent } from '../../../utils/background/handlers/event';
import { get, track } from '../../../utils/background/handlers/invoice';
import type { HandlerContext } from '../../../utils/background/router';
import { base64ToBytes } from '../../../utils/messaging/base64';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { epcQrPayload } from '../../../utils/payment/epc-qr';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { readDocx } from '../export/docx-reader';

const IBAN = 'FR7630006000011234567890189';

async function tracked(today: string) {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-court-${Math.random()}`, undefined, onClose));
  await store.saveSettings({ ...DEFAULT_SETTINGS, creditor: { name: 'Atelier Martin', legalForm: 'SAS', iban: IBAN, city: 'Lyon' }, onboarded: true });
  const ctx: HandlerContext = { store, today: () => today };
  const { invoice } = await track(
    {
      type: 'invoice:track',
      fields: {
        number: 'F-2026-014',
        amountDue: { minor: 150000, currency: 'EUR' },
        issueDate: '2026-01-10',
        dueDate: '2026-02-09',
        debtor: { name: 'Dupont SARL', email: 'jean@dupont.fr' },
        debtorKind: 'business',
      },
    },
    ctx,
  );
  return { ctx, invoiceId: invoice.id };
}

describe('court documents from the stored case', () => {
  it('the requête states the recorded notice, its number and delivery, and the figures the sidebar shows', async () => {
    const { ctx, invoiceId } = await tracked('2026-06-01');
    await addEvent(
      {
        type: 'event:add',
        invoiceId,
        kind: 'letter-sent',
        occurredOn: '2026-04-01',
        data: { trackingNumber: '1A23456789012', sentOn: '2026-04-01', kind: 'formal-notice' },
      },
      ctx,
    );
    await addEvent(
      {
        type: 'event:add',
        invoiceId,
        kind: 'acknowledgement-received',
        occurredOn: '2026-04-03',
        data: { receivedOn: '2026-04-03', trackingNumber: '1A23456789012' },
      },
      ctx,
    );
    const file = await exportCourtDocument({ type: 'export:court-document', invoiceIds: [invoiceId], document: 'payment-order' }, ctx);
    const text = (await readDocx(base64ToBytes(file.base64))).text.replace(/[\u00a0\u202f]/g, ' ');
    const view = await get({ type: 'invoice:get', invoiceId }, ctx);
    expect(text).toContain('n° 1A23456789012 (pièce n° 2), distribuée le 3 avril 2026 (pièce n° 3)');
    expect(text).toContain('1 595,92 €');
    expect(view.charges.total.minor).toBe(159592);
    expect(view.judicial?.steps.map((s) => s.id)).toEqual(['small-claims', 'payment-order', 'refere-provision']);
    expect(view.timeline.filter((e) => e.kind === 'export').map((e) => e.data.what)).toEqual(['payment-order']);
  });
});

const hasZbar = spawnSync('zbarimg', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasZbar)('the payment QR image for a reminder (install zbar-tools to run)', () => {
  it('encodes the amount still due and the invoice number, and is recorded', async () => {
    const { ctx, invoiceId } = await tracked('2026-03-01');
    const file = await exportPaymentQr({ type: 'export:payment-qr', invoiceIds: [invoiceId] }, ctx);
    expect(file.mimeType).toBe('image/gif');
    expect(file.fileName).toBe('qr-paiement-dupont-sarl-f-2026-014-2026-03-01.gif');
    const dir = mkdtempSync(join(tmpdir(), 'relance-qr-'));
    try {
      writeFileSync(join(dir, 'qr.gif'), base64ToBytes(file.base64));
      const decoded = spawnSync('zbarimg', ['--raw', '-q', '-Sbinary', join(dir, 'qr.gif')], { encoding: 'utf8' }).stdout.replace(/\n$/, '');
      expect(decoded).toBe(epcQrPayload({ name: 'Atelier Martin', iban: IBAN, amount: { minor: 150000, currency: 'EUR' }, text: 'Facture F-2026-014' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
