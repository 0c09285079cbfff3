/**
 * Issue 23: events typed in the sidebar survive a backup with their chains intact, a timeline cut at the end is
 * detected, and `event:add` data is checked with the same per-kind schema as a backup (through the real router).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../utils/background/handlers';
import { route, type HandlerContext } from '../../../utils/background/router';
import { base64ToBytes } from '../../../utils/messaging/base64';
import { eventHash } from '../../../utils/evidence/event-hash';
import { parseBackup } from '../../../utils/export/backup';
import type { TimelineEvent } from '../../../utils/model/event';
import type { FileOut } from '../../../utils/messages';
import type { InvoiceView } from '../../../utils/model/view';
import { explainError } from '../../../utils/errors/explain-error';
import { createTranslator } from '../../../utils/i18n/translate';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { restoreInPieces } from './restore-in-pieces';

function context(): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-backup-chains-${Math.random()}`, undefined, onClose));
  return { store, today: () => '2026-11-23' };
}

async function ask<T>(ctx: HandlerContext, request: Record<string, unknown>, sender: 'page' | 'webmail' = 'webmail'): Promise<T> {
  const reply = await route(request, sender, handlers, ctx);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

/** An invoice tracked from the sidebar, then a call, a note, a registered letter and a payment typed there (each with its request id). */
async function withSidebarEvents(ctx: HandlerContext): Promise<InvoiceView> {
  const tracked = await ask<InvoiceView>(ctx, {
    type: 'invoice:track',
    webmail: 'gmail',
    threadId: 't-1',
    url: 'https://mail.google.com/mail/u/0/#inbox/t-1',
    fields: {
      number: 'F-2026-014',
      amountDue: { minor: 300_000, currency: 'EUR' },
      issueDate: '2026-09-15',
      dueDate: '2026-10-15',
      debtor: { name: 'Marie Dupont', email: 'marie@atelier-dupont.fr' },
      debtorKind: 'business',
    },
  });
  const invoiceId = tracked.invoice.id;
  const typed = [
    { kind: 'call', data: { summary: 'Promet de payer vendredi' } },
    { kind: 'note', data: { text: 'Relancer lundi' } },
    { kind: 'letter-sent', data: { trackingNumber: '1A00000000001', sentOn: '2026-11-20', kind: 'formal-notice' } },
    { kind: 'payment', data: { amount: { minor: 100_000, currency: 'EUR' }, receivedOn: '2026-11-21', full: false } },
  ];
  let view = tracked;
  for (const [index, event] of typed.entries()) {
    view = await ask<InvoiceView>(ctx, { type: 'event:add', invoiceId, occurredOn: '2026-11-21', requestId: `req-${index}`, ...event });
  }
  return view;
}

async function backupText(ctx: HandlerContext): Promise<string> {
  const file = await ask<FileOut>(ctx, { type: 'backup:export' }, 'page');
  return new TextDecoder().decode(base64ToBytes(file.base64));
}

describe('backup of sidebar-typed events', () => {
  it('restores with every chain intact, request ids kept', async () => {
    const ctx = context();
    const view = await withSidebarEvents(ctx);
    expect(view.chain.intact).toBe(true);
    const text = await backupText(ctx);
    expect(text).toContain('"requestId":"req-3"');

    const other = context();
    const restored = await restoreInPieces(other, text);
    expect(restored.ok && (restored.value as { counts: Record<string, number> }).counts.events).toBe(view.timeline.length);
    const again = await ask<InvoiceView>(other, { type: 'invoice:get', invoiceId: view.invoice.id });
    expect(again.chain).toEqual({ intact: true });
    expect(await other.store.getInvoice(view.invoice.id)).toMatchObject({ chainHead: view.timeline.at(-1)!.hash, eventCount: view.timeline.length });
    // The same request id sent again after the restore is still recognised: nothing is recorded twice.
    const replay = await ask<InvoiceView>(other, {
      type: 'event:add',
      invoiceId: view.invoice.id,
      kind: 'note',
      occurredOn: '2026-11-21',
      requestId: 'req-1',
      data: { text: 'Relancer lundi' },
    });
    expect(replay.timeline).toHaveLength(view.timeline.length);
  });

  it('refuses a backup whose last events were dropped, and says which invoice', async () => {
    const ctx = context();
    const view = await withSidebarEvents(ctx);
    const file = JSON.parse(await backupText(ctx));
    const last = view.timeline.at(-1)!.id;
    file.stores.events = file.stores.events.filter((e: { id: string }) => e.id !== last);
    const reply = await restoreInPieces(context(), JSON.stringify(file));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!reply.ok && reply.error.message).toContain('F-2026-014');
    expect(!reply.ok && reply.error.message).toContain('des événements manquent à la fin');
  });

  it('detects a timeline cut at the end in the store itself', async () => {
    const ctx = context();
    const view = await withSidebarEvents(ctx);
    // Drop the last event behind the store's back, as a tampering extension or a partial copy would.
    const dump = await ctx.store.dump();
    await ctx.store.replaceAll({ ...dump, events: dump.events.filter((e) => e.id !== view.timeline.at(-1)!.id) });
    const after = await ask<InvoiceView>(ctx, { type: 'invoice:get', invoiceId: view.invoice.id });
    // brokenAt = where the chain should have gone on: right after the last event left.
    expect(after.chain).toEqual({ intact: false, brokenAt: view.timeline.length - 1 });
  });
});

describe("restoring over this browser's own record", () => {
  it('refuses a backup edited and re-hashed (seals rewritten, so it verifies on its own), accepts an older one', async () => {
    const ctx = context();
    const view = await withSidebarEvents(ctx);
    const older = await backupText(ctx);
    await ask(ctx, {
      type: 'event:add',
      invoiceId: view.invoice.id,
      kind: 'note',
      occurredOn: '2026-11-22',
      requestId: 'req-9',
      data: { text: 'Après la sauvegarde' },
    });

    const forged = JSON.parse(await backupText(ctx));
    const events = (forged.stores.events as TimelineEvent[]).filter((e) => e.invoiceId === view.invoice.id).sort((a, b) => a.seq - b.seq);
    Object.assign(events[1].data, { summary: 'Le client conteste la facture' });
    for (const [index, event] of events.entries()) {
      if (index > 0) event.prevHash = events[index - 1].hash;
      event.hash = await eventHash(event);
    }
    forged.stores.invoices.find((i: { id: string }) => i.id === view.invoice.id).chainHead = events.at(-1)!.hash;
    expect((await parseBackup(JSON.stringify(forged))).ok).toBe(true);

    const refused = await restoreInPieces(ctx, JSON.stringify(forged));
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup-diverges', params: ['F-2026-014', '1'] } });
    // What the dashboard shows, through explainError and the catalogue.
    expect(explainError(!refused.ok && refused.error, createTranslator('fr'))).toContain(
      "l'historique de la facture F-2026-014 diffère, à partir de l'événement n° 1",
    );
    expect((await ctx.store.timeline(view.invoice.id)).map((e) => e.kind)).toContain('note');

    // An honest older backup is a prefix of the record: it restores.
    expect((await restoreInPieces(ctx, older)).ok).toBe(true);
  });

  it("refuses a backup holding this browser's invoice under another id (its number kept, its timeline edited and re-hashed)", async () => {
    const ctx = context();
    const view = await withSidebarEvents(ctx);
    const forged = JSON.parse(await backupText(ctx));
    const renamed = `forged-${view.invoice.id}`;
    const events = (forged.stores.events as TimelineEvent[]).filter((e) => e.invoiceId === view.invoice.id).sort((a, b) => a.seq - b.seq);
    Object.assign(events[1].data, { summary: 'Le client conteste la facture' });
    for (const [index, event] of events.entries()) {
      event.invoiceId = renamed;
      event.prevHash = index > 0 ? events[index - 1].hash : '';
      event.hash = await eventHash(event);
    }
    Object.assign(
      forged.stores.invoices.find((i: { id: string }) => i.id === view.invoice.id),
      { id: renamed, chainHead: events.at(-1)!.hash },
    );
    expect((await parseBackup(JSON.stringify(forged))).ok).toBe(true);

    const refused = await restoreInPieces(ctx, JSON.stringify(forged));
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup-diverges', params: ['F-2026-014', '0'] } });
    expect((await ctx.store.timeline(view.invoice.id)).map((e) => e.data)).toContainEqual(expect.objectContaining({ summary: 'Promet de payer vendredi' }));
    expect(await ctx.store.timeline(renamed)).toEqual([]);
  });
});

describe('event:add data checked per kind at the router', () => {
  it('refuses a tracking number longer than a backup accepts, and writes nothing', async () => {
    const ctx = context();
    const view = await withSidebarEvents(ctx);
    const reply = await route(
      {
        type: 'event:add',
        invoiceId: view.invoice.id,
        kind: 'letter-sent',
        occurredOn: '2026-11-22',
        data: { trackingNumber: '9'.repeat(101), sentOn: '2026-11-22', kind: 'formal-notice' },
      },
      'webmail',
      handlers,
      ctx,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(!reply.ok && reply.error.message).toContain('data.trackingNumber');
    expect(await ctx.store.timeline(view.invoice.id)).toHaveLength(view.timeline.length);
    // The backup made afterwards still restores.
    expect((await restoreInPieces(context(), await backupText(ctx))).ok).toBe(true);
  });

  it('refuses keys a kind does not have (they would be dropped by a restore and break the chain)', async () => {
    const ctx = context();
    const view = await withSidebarEvents(ctx);
    const reply = await route(
      { type: 'event:add', invoiceId: view.invoice.id, kind: 'note', occurredOn: '2026-11-22', data: { text: 'x', extra: 1 } },
      'webmail',
      handlers,
      ctx,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
