/** The 2026 French mentions in CTC-FR invoices (LEGAL.md fact 42): buyer SIREN, electronic addresses, billing framework, BAR/PMT/PMD notes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEInvoice } from '../../../utils/einvoice/parse';

const bytes = (file: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/ctc-fr', file)));

describe('CTC-FR invoices', () => {
  it('CII EXTENDED-CTC-FR (B2B): billing framework, BAR, PMT/PMD notes, SIRENs and electronic addresses', async () => {
    const invoice = await parseEInvoice(bytes('cii-ctc-fr-b2b.xml'));
    expect(invoice).toMatchObject({
      syntax: 'CII',
      number: 'F-2026-0142',
      issueDate: '2026-10-12',
      dueDate: '2026-11-11',
      amountDue: { minor: 180_000, currency: 'EUR' },
      ctcFr: true,
      billingFramework: 'S1',
      operationCategory: 'B2B',
      paymentNotes: {
        recoveryFee: 'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.',
        penalties: "Pénalités de retard : trois fois le taux d'intérêt légal.",
      },
      seller: { name: 'Atelier Lune', siren: '812345678', vatId: 'FR32812345678', electronicAddress: { id: '812345678_FACTURES', scheme: '0225' } },
      buyer: { name: 'Boulangerie Petit SARL', siren: '552100554', electronicAddress: { id: '552100554', scheme: '0225' } },
    });
  });

  it('UBL (B2C): the BAR note says consumer, subject codes come from the "#CODE#" prefix, a plain note is not one of them', async () => {
    const invoice = await parseEInvoice(bytes('ubl-ctc-fr-b2c.xml'));
    expect(invoice).toMatchObject({
      syntax: 'UBL',
      number: '2026-0117',
      ctcFr: true,
      billingFramework: 'M1',
      operationCategory: 'B2C',
      paymentNotes: { penalties: "Pénalités de retard : taux d'intérêt légal." },
      seller: { siren: '812345678', electronicAddress: { id: '812345678', scheme: '0225' } },
      buyer: { name: 'Claire Fontaine', email: 'claire.fontaine@example.fr', electronicAddress: { id: 'claire.fontaine@example.fr', scheme: 'EM' } },
    });
    expect(invoice?.paymentNotes?.recoveryFee).toBeUndefined();
    expect(invoice?.buyer.siren).toBeUndefined();
  });
});

describe('the e-invoice facts given to the sidebar', () => {
  it('a B2C invoice makes the debtor a consumer, and the buyer SIREN comes along for the registry', async () => {
    const { readEInvoiceFile } = await import('../../../utils/background/handlers/einvoice');
    const { bytesToBase64 } = await import('../../../utils/messaging/base64');
    const read = (file: string) =>
      readEInvoiceFile(
        { type: 'einvoice:read', base64: bytesToBase64(bytes(file)), fileName: file },
        { store: { getSettings: async () => ({ language: 'fr' }) } as never, today: () => '2026-11-23' },
      );
    expect(await read('ubl-ctc-fr-b2c.xml')).toMatchObject({ ok: true, facts: { number: '2026-0117', debtorKind: 'consumer' } });
    const b2b = await read('cii-ctc-fr-b2b.xml');
    expect(b2b).toMatchObject({ ok: true, facts: { debtorSiren: '552100554' } });
    expect(b2b.ok && b2b.facts.debtorKind).toBeUndefined();
  });
});
