import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../utils/background/handlers';
import { createProgressHub } from '../../../utils/background/progress-hub';
import { route, type HandlerContext } from '../../../utils/background/router';
import { serializeBackup } from '../../../utils/export/backup';
import { backupPieces, utf8Length } from '../../../utils/export/backup-pieces';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { CLIENT, sampleStores } from '../export/sample-case';
import { restoreInPieces } from './restore-in-pieces';

function context(): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-sessions-${Math.random()}`, undefined, onClose));
  return { store, today: () => '2026-12-04', progress: createProgressHub(() => undefined) };
}

const send = (ctx: HandlerContext, request: Record<string, unknown>) => route(request, 'page', handlers, ctx);

/** The sample case with names in several scripts, so that pieces of a few bytes cut characters in two. */
async function multiByteBackup(): Promise<string> {
  const stores = await sampleStores();
  return serializeBackup({ ...stores, clients: stores.clients.map((c) => (c.id === CLIENT.id ? { ...c, name: 'Zoë Ĳssel — 東京 😀 Ωmega' } : c)) });
}

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of pieces) out.push(piece);
  return out;
}

describe('a backup read from its file in pieces', () => {
  it('decodes a character cut by a piece end whole, with the next piece', async () => {
    const text = 'aé€😀{"x":"Ωé"}';
    for (const pieceBytes of [1, 2, 3, 5]) {
      const pieces = await collect(backupPieces(new Blob([text]), pieceBytes));
      expect(pieces.join(''), `${pieceBytes} bytes`).toBe(text);
      expect(pieces.every((piece) => !piece.includes('\uFFFD'))).toBe(true);
    }
    // '€' is 3 bytes: pieces of 2 bytes cut it, and it comes whole in the piece where it ends.
    expect(await collect(backupPieces(new Blob(['€€']), 2))).toEqual(['', '€', '€']);
  });

  it('counts bytes as UTF-8 does', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'Zoë — 東京 😀', '\uD800x']) expect(utf8Length(text), text).toBe(Buffer.byteLength(text));
  });
});

describe('a restore uploaded piece by piece', () => {
  it('pieces in order, some cut mid-character: restored whole', async () => {
    const text = await multiByteBackup();
    const ctx = context();
    expect(await restoreInPieces(ctx, text, { pieceBytes: 7 })).toMatchObject({ ok: true, value: { counts: { clients: 1, invoices: 2 } } });
    const dump = await ctx.store.dump();
    expect(dump.clients.map((c) => c.name)).toEqual(['Zoë Ĳssel — 東京 😀 Ωmega']);
    expect(dump.events).toHaveLength(JSON.parse(text).stores.events.length);
  });

  it('refuses a piece, or an end, for a session it does not know', async () => {
    const ctx = context();
    expect(await send(ctx, { type: 'backup:restore-piece', progressId: 'nobody', index: 0, text: '{' })).toMatchObject({
      ok: false,
      error: { code: 'restore-session-lost' },
    });
    expect(await send(ctx, { type: 'backup:restore-end', progressId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'restore-session-lost' } });
    expect(await ctx.store.allInvoices()).toEqual([]);
  });

  it('refuses a piece out of order, ends that upload and writes nothing', async () => {
    const ctx = context();
    const text = await multiByteBackup();
    await send(ctx, { type: 'backup:restore-begin', progressId: 'p1', size: Buffer.byteLength(text) });
    expect((await send(ctx, { type: 'backup:restore-piece', progressId: 'p1', index: 0, text: text.slice(0, 100) })).ok).toBe(true);
    expect(await send(ctx, { type: 'backup:restore-piece', progressId: 'p1', index: 2, text: text.slice(200) })).toMatchObject({
      ok: false,
      error: { code: 'restore-piece-order' },
    });
    expect(await send(ctx, { type: 'backup:restore-end', progressId: 'p1' })).toMatchObject({ ok: false, error: { code: 'restore-session-lost' } });
    expect(await ctx.store.allInvoices()).toEqual([]);
  });

  it('an upload abandoned (the page closed) writes nothing, and the next begin starts clean', async () => {
    const ctx = context();
    const text = await multiByteBackup();
    await send(ctx, { type: 'backup:restore-begin', progressId: 'closed', size: Buffer.byteLength(text) });
    // All but the last few characters: the file's end never comes.
    expect((await send(ctx, { type: 'backup:restore-piece', progressId: 'closed', index: 0, text: text.slice(0, -3) })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await ctx.store.allInvoices()).toEqual([]);

    const other = JSON.parse(text);
    other.stores.invoices = other.stores.invoices.slice(0, 1);
    other.stores.events = other.stores.events.filter((e: { invoiceId: string }) => e.invoiceId === other.stores.invoices[0].id);
    expect(await restoreInPieces(ctx, JSON.stringify(other), { progressId: 'next', pieceBytes: 64 })).toMatchObject({
      ok: true,
      value: { counts: { invoices: 1 } },
    });
    // The abandoned upload is gone: its end is refused and wrote nothing of its own.
    expect(await send(ctx, { type: 'backup:restore-end', progressId: 'closed' })).toMatchObject({ ok: false, error: { code: 'restore-session-lost' } });
    expect((await ctx.store.allInvoices()).map((i) => i.id)).toEqual([other.stores.invoices[0].id]);
  });

  it('cancelled while the pieces come: the next piece is refused as cancelled, nothing written', async () => {
    const ctx = context();
    const text = await multiByteBackup();
    await send(ctx, { type: 'backup:restore-begin', progressId: 'p3', size: Buffer.byteLength(text) });
    expect((await send(ctx, { type: 'backup:restore-piece', progressId: 'p3', index: 0, text: text.slice(0, 500) })).ok).toBe(true);
    expect((await send(ctx, { type: 'progress:cancel', progressId: 'p3' })).ok).toBe(true);
    const refused = await send(ctx, { type: 'backup:restore-piece', progressId: 'p3', index: 1, text: text.slice(500) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'restore-cancelled' } });
    expect(await send(ctx, { type: 'backup:restore-end', progressId: 'p3' })).toMatchObject({ ok: false, error: { code: 'restore-session-lost' } });
    expect(await ctx.store.allInvoices()).toEqual([]);
  });
});
