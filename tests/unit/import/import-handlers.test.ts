import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInvoice } from '../../../utils/background/handlers/invoice';
import { csvCommit, csvPreview } from '../../../utils/background/handlers/import';
import { listClients, updateClient } from '../../../utils/background/handlers/client';
import type { HandlerContext } from '../../../utils/background/router';
import { verifyChain } from '../../../utils/evidence/verify-chain';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { createProgressHub } from '../../../utils/background/progress-hub';
import type { ProgressEvent } from '../../../utils/messages';

function context(today = '2026-03-10'): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-import-${Math.random()}`, undefined, onClose));
  return { store, today: () => today };
}

const CSV = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/csv/pennylane-fr.csv'), 'utf8');
const MAPPING = {
  number: 'Numéro',
  clientName: 'Client',
  clientEmail: 'E-mail',
  issueDate: 'Date de facture',
  dueDate: "Date d'échéance",
  total: 'Montant TTC',
  amountDue: 'Reste à payer',
};

async function trackDurand(ctx: HandlerContext) {
  return createInvoice(
    {
      type: 'invoice:create',
      fields: {
        number: 'F-2026-014',
        clientName: 'Atelier Durand',
        clientEmail: 'Factures@Durand.fr',
        debtorKind: 'business',
        amountDue: { minor: 1_500_00, currency: 'EUR' },
        issueDate: '2026-01-02',
        dueDate: '2026-02-01',
      },
    },
    ctx,
  );
}

describe('invoice:create', () => {
  it('tracks a hand-entered invoice, due date from the payment terms when left empty', async () => {
    const ctx = context();
    const view = await createInvoice(
      {
        type: 'invoice:create',
        fields: {
          number: 'M-1',
          clientName: 'Café du Port',
          clientEmail: 'patron@cafeduport.fr',
          debtorKind: 'consumer',
          amountDue: { minor: 80_00, currency: 'EUR' },
          issueDate: '2026-02-01',
        },
      },
      ctx,
    );
    expect(view.invoice).toMatchObject({ number: 'M-1', dueDate: '2026-03-03', status: 'open', sources: [{ kind: 'manual' }] });
    expect(view.client).toMatchObject({ name: 'Café du Port', kind: 'consumer' });
    expect(view.daysLate).toBe(7);
  });
  it('refuses a due date before the issue date', async () => {
    await expect(
      createInvoice(
        {
          type: 'invoice:create',
          fields: {
            number: 'M-2',
            clientName: 'X',
            clientEmail: 'x@x.fr',
            debtorKind: 'business',
            amountDue: { minor: 1, currency: 'EUR' },
            issueDate: '2026-02-01',
            dueDate: '2026-01-01',
          },
        },
        context(),
      ),
    ).rejects.toThrow(/before the issue date/);
  });
});

describe('CSV import handlers', () => {
  it('previews without writing anything', async () => {
    const ctx = context();
    await trackDurand(ctx);
    const preview = await csvPreview({ type: 'import:csv-preview', text: CSV }, ctx);
    expect(preview.mapping).toEqual(MAPPING);
    expect(preview.rows.map((r) => r.action)).toEqual(['create', 'create', 'merge', 'skip', 'skip']);
    expect(await ctx.store.allInvoices()).toHaveLength(1);
  });

  it('creates new invoices, merges the known one with a payment on its timeline, and doubles nothing on a second import', async () => {
    const ctx = context();
    const durand = await trackDurand(ctx);
    expect(await csvCommit({ type: 'import:csv-commit', text: CSV, fileName: 'export.csv', mapping: MAPPING }, ctx)).toEqual({
      created: 2,
      merged: 1,
      skipped: 2,
    });
    const invoices = await ctx.store.allInvoices();
    expect(invoices.map((i) => i.number).sort()).toEqual(['F-2026-014', 'F-2026-101', 'F-2026-102']);
    const cafe = invoices.find((i) => i.number === 'F-2026-102')!;
    expect(cafe).toMatchObject({
      amountDue: { minor: 280_00 },
      total: { minor: 480_00 },
      dueDate: '2026-02-19',
      sources: [{ kind: 'csv', ref: 'export.csv' }],
    });
    expect((await ctx.store.getClient(cafe.clientId))?.emails).toEqual([{ email: 'patron@cafeduport.fr' }]);

    const merged = invoices.find((i) => i.id === durand.invoice.id)!;
    expect(merged.amountDue.minor).toBe(1_250_00);
    expect(merged.sources.map((s) => s.kind)).toEqual(['manual', 'csv']);
    const timeline = await ctx.store.timeline(merged.id);
    expect(timeline.map((e) => e.kind)).toEqual(['invoice-tracked', 'payment']);
    expect(timeline[1].data).toMatchObject({ amount: { minor: 250_00, currency: 'EUR' }, full: false });
    expect((await verifyChain(timeline)).intact).toBe(true);

    expect(await csvCommit({ type: 'import:csv-commit', text: CSV, fileName: 'export.csv', mapping: MAPPING }, ctx)).toEqual({
      created: 0,
      merged: 3,
      skipped: 2,
    });
    expect(await ctx.store.allInvoices()).toHaveLength(3);
    expect(await ctx.store.timeline(merged.id)).toHaveLength(2);
  });

  it('finds a client without e-mail by name', async () => {
    const ctx = context();
    const text = 'N° facture;Client;Date;Montant TTC\nA-1;Atelier Bleu;10/01/2026;100,00\nA-2;ATELIER BLEU;11/01/2026;50,00\n';
    expect(
      await csvCommit(
        {
          type: 'import:csv-commit',
          text,
          fileName: 'a.csv',
          mapping: { number: 'N° facture', clientName: 'Client', issueDate: 'Date', total: 'Montant TTC' },
        },
        ctx,
      ),
    ).toEqual({ created: 2, merged: 0, skipped: 0 });
    expect(await ctx.store.allClients()).toHaveLength(1);
  });
});

describe('client handlers', () => {
  it('lists debtors with their invoice count and changes a reminder language and kind', async () => {
    const ctx = context();
    const view = await trackDurand(ctx);
    const [listed] = await listClients({ type: 'clients:list' } as never, ctx);
    expect(listed).toEqual({
      id: view.client.id,
      name: 'Atelier Durand',
      emails: ['Factures@Durand.fr'],
      kind: 'business',
      language: 'fr',
      languageSource: 'settings',
      invoices: 1,
    });
    const [updated] = await updateClient({ type: 'client:update', clientId: view.client.id, language: 'en', kind: 'consumer' }, ctx);
    expect(updated).toMatchObject({ language: 'en', languageSource: 'user', kind: 'consumer' });
    expect(await ctx.store.getClient(view.client.id)).toMatchObject({ language: 'en', kind: 'consumer', rev: 2, emailKeys: ['factures@durand.fr'] });
    await expect(updateClient({ type: 'client:update', clientId: 'nope', language: 'en' }, ctx)).rejects.toThrow(/No client/);
  });
});

describe('CSV import progress', () => {
  it('tells the page how many rows are written, up to all of them', async () => {
    const events: ProgressEvent[] = [];
    const ctx = { ...context(), progress: createProgressHub((event) => void events.push(event)) };
    const preview = await csvPreview({ type: 'import:csv-preview', text: CSV, mapping: MAPPING }, ctx);
    await csvCommit({ type: 'import:csv-commit', text: CSV, fileName: 'pennylane.csv', mapping: MAPPING, progressId: 'csv-1' }, ctx);
    const rows = preview.rows.length;
    expect(events.map((e) => [e.task, e.step, e.done, e.total])).toEqual([
      ...Array.from({ length: rows }, (_, i) => ['import', 'writing', i, rows]),
      ['import', 'writing', rows, rows],
    ]);
  });
});
