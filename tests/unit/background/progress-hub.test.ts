import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createProgressHub } from '../../../utils/background/progress-hub';
import type { HandlerContext } from '../../../utils/background/router';
import { serializeBackup } from '../../../utils/export/backup';
import type { ProgressEvent } from '../../../utils/messages';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { sampleStores } from '../export/sample-case';
import { restoreInPieces } from './restore-in-pieces';

function context(events: ProgressEvent[]): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-progress-${Math.random()}`, undefined, onClose));
  return { store, today: () => '2026-12-04', progress: createProgressHub((event) => void events.push(event)) };
}

describe('progress of a restore', () => {
  it('reports the file read (bytes) and checked, then records written, up to the last', async () => {
    const events: ProgressEvent[] = [];
    const ctx = context(events);
    const stores = await sampleStores();
    const text = serializeBackup(stores);
    const bytes = Buffer.byteLength(text);
    expect((await restoreInPieces(ctx, text, { progressId: 'p1', pieceBytes: 1024 })).ok).toBe(true);
    expect(events.every((e) => e.progressId === 'p1' && e.task === 'restore')).toBe(true);
    const checking = events.filter((e) => e.step === 'checking');
    expect(checking.length).toBeGreaterThan(1);
    expect(checking.at(-1)).toMatchObject({ done: bytes, total: bytes });
    const records = stores.clients.length + stores.invoices.length + stores.events.length + stores.templates.length;
    expect(events.at(-1)).toMatchObject({ step: 'writing', done: records, total: records });
  });

  it('cancelled while writing, leaves the database as it was', async () => {
    const events: ProgressEvent[] = [];
    const ctx = context(events);
    const stores = await sampleStores();
    let cancelled = false;
    const hub = ctx.progress!;
    // The page's cancel arrives once the writing has begun.
    ctx.progress = {
      ...hub,
      report: (id, task) => {
        const report = hub.report(id, task);
        return (step, done, total) => {
          if (step === 'writing' && done === 3 && !cancelled) {
            cancelled = true;
            hub.cancel(id);
          }
          report(step, done, total);
        };
      },
    };
    const reply = await restoreInPieces(ctx, serializeBackup(stores), { progressId: 'p2' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'restore-cancelled' } });
    expect(await ctx.store.allInvoices()).toEqual([]);
    expect((await ctx.store.dump()).events).toEqual([]);
  });
});
