/**
 * Restoring a hostile backup through the real background (router + handlers + RelanceStore on fake-indexeddb):
 * extra fields are dropped, missing or prototype-polluting ones refused, and a refused file writes NOTHING.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../utils/background/router';
import { serializeBackup } from '../../../utils/export/backup';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { sampleStores } from '../export/sample-case';
import { restoreInPieces } from '../background/restore-in-pieces';

async function seeded(): Promise<{ ctx: HandlerContext; store: RelanceStore; backup: Record<string, any>; before: unknown }> {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-hostile-${Math.random()}`, undefined, onClose));
  const ctx: HandlerContext = { store, today: () => '2026-11-23' };
  const backup = JSON.parse(serializeBackup(await sampleStores(), '2026-11-23T10:00:00.000Z'));
  const reply = await restoreInPieces(ctx, JSON.stringify(backup));
  expect(reply.ok).toBe(true);
  return { ctx, store, backup, before: await store.dump() };
}

/** A backup that validates (ids are unique) but puts two events at the same place of one chain: only the store's unique index sees it. */
async function clashingRestore() {
  const { ctx, store, backup, before } = await seeded();
  const clash = clone(backup);
  clash.stores.events.push({ ...clash.stores.events[0], id: 'clash' });
  clash.stores.invoices[0].number = 'F-SHOULD-NOT-APPEAR';
  return { ctx, store, before, clash: JSON.stringify(clash) };
}

/** Runs `run` with unhandled promise rejections captured instead of reported, and returns them. */
async function withUnobservedRejections<T>(run: () => Promise<T>): Promise<{ value: T; unobserved: string[] }> {
  const unobserved: string[] = [];
  const others = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const capture = (reason: unknown) => unobserved.push((reason as Error)?.name ?? String(reason));
  process.on('unhandledRejection', capture);
  try {
    const value = await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { value, unobserved };
  } finally {
    process.off('unhandledRejection', capture);
    for (const listener of others) process.on('unhandledRejection', listener);
  }
}

const restore = (ctx: HandlerContext, text: string, sender: 'page' | 'webmail' = 'page') => restoreInPieces(ctx, text, { sender });
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('hostile backup files', () => {
  it('refuses prototype-polluting keys (raw, nested, as constructor.prototype), writes nothing, pollutes nothing', async () => {
    const { ctx, store, backup, before } = await seeded();
    const wipe = clone(backup);
    wipe.stores.invoices = [];
    wipe.stores.clients = [];
    wipe.stores.events = [];
    const base = JSON.stringify(wipe);
    const variants = [
      base.replace('{"format"', '{"__proto__":{"polluted":true},"format"'),
      base.replace('"stores":{', '"stores":{"constructor":{"prototype":{"polluted":true}},'),
      base.replace('"settings":{', '"settings":{"__proto__":{"isAdmin":true},'),
    ];
    for (const text of variants) {
      const reply = await restore(ctx, text);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(reply.ok || reply.error.message).toMatch(/__proto__|constructor|prototype/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await store.dump()).toEqual(before);
  });

  it('an escaped "\\u005f_proto__" (which the raw-text filter cannot see) is dropped by validation, not stored', async () => {
    const { ctx, store, backup } = await seeded();
    const text = JSON.stringify(backup).replace('"number":', '"\\u005f_proto__":{"polluted":true},"number":');
    const reply = await restore(ctx, text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (reply.ok) {
      for (const invoice of await store.allInvoices()) {
        expect(Object.keys(invoice)).not.toContain('__proto__');
        expect(Object.getPrototypeOf(invoice)).toBe(Object.prototype);
        expect((invoice as unknown as Record<string, unknown>).polluted).toBeUndefined();
      }
    }
  });

  it('drops unknown extra fields, and refuses a missing required field without writing anything', async () => {
    const { ctx, store, backup, before } = await seeded();
    const extra = clone(backup);
    extra.stores.invoices[0].sql = "'; DROP TABLE invoices; --";
    extra.stores.extraStore = [{ id: 'x' }];
    expect((await restore(ctx, JSON.stringify(extra))).ok).toBe(true);
    expect(JSON.stringify(await store.allInvoices())).not.toContain('DROP TABLE');

    const missing = clone(backup);
    missing.stores.invoices[0].number = 'F-CHANGED';
    delete missing.stores.invoices[1].amountDue;
    const reply = await restore(ctx, JSON.stringify(missing));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(reply.ok || reply.error.message).toMatch(/amountDue/);
    expect(await store.dump()).toEqual(before);
  });

  it('refuses a newer format, a dangling event, a file from a web page context, and writes nothing', async () => {
    const { ctx, store, backup, before } = await seeded();
    const newer = { ...clone(backup), version: 99 };
    const dangling = clone(backup);
    dangling.stores.events[0].invoiceId = 'nowhere';
    expect(await restore(ctx, JSON.stringify(newer))).toMatchObject({ ok: false });
    expect(await restore(ctx, JSON.stringify(dangling))).toMatchObject({ ok: false });
    expect(await restore(ctx, JSON.stringify(backup), 'webmail')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await store.dump()).toEqual(before);
    expect((await store.readLog()).some((entry) => entry.what === 'forbidden-sender')).toBe(true);
  });

  it('a file that validates but breaks a unique index mid-write leaves the previous data whole (one transaction)', async () => {
    const { ctx, store, before, clash } = await clashingRestore();
    const { value: reply } = await withUnobservedRejections(() => restore(ctx, clash));
    expect(reply.ok).toBe(false);
    expect(await store.dump()).toEqual(before);
  });

  // RelanceStore settles every transaction: a refused write is one error, never an unobserved AbortError.
  it('a write aborted by the store leaves no unobserved promise rejection', async () => {
    const { ctx, clash } = await clashingRestore();
    const { unobserved } = await withUnobservedRejections(() => restore(ctx, clash));
    expect(unobserved).toEqual([]);
  });
});
