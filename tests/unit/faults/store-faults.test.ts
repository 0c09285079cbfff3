/** The store under faults: a transaction failing part-way, storage refusing writes, a second writer, a closed connection. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../../utils/background/handlers';
import { route, type HandlerContext } from '../../../utils/background/router';
import { verifyChain } from '../../../utils/evidence/verify-chain';
import type { InvoiceView } from '../../../utils/model/view';
import { openRelanceDb } from '../../../utils/store/open-db';
import { ConflictError, RelanceStore } from '../../../utils/store/relance-store';

const TODAY = '2026-11-23';

function storeOn(name: string): RelanceStore {
  return new RelanceStore((onClose) => openRelanceDb(name, undefined, onClose));
}

function contextOn(name = `relance-faults-${Math.random()}`): HandlerContext {
  return { store: storeOn(name), today: () => TODAY };
}

const trackRequest = {
  type: 'invoice:track',
  webmail: 'gmail',
  threadId: 't-1',
  fields: {
    number: 'F-2026-014',
    amountDue: { minor: 300_000, currency: 'EUR' },
    issueDate: '2026-09-15',
    dueDate: '2026-10-15',
    debtor: { name: 'Marie Dupont', email: 'marie@atelier-dupont.fr' },
    debtorKind: 'business',
  },
};

async function tracked(ctx: HandlerContext): Promise<InvoiceView> {
  const reply = await route(trackRequest, 'page', handlers, ctx);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as InvoiceView;
}

const note = (invoiceId: string, text: string) => ({ type: 'event:add', invoiceId, kind: 'note', occurredOn: TODAY, data: { text } });
const payment = (invoiceId: string, minor: number) => ({
  type: 'event:add',
  invoiceId,
  kind: 'payment',
  occurredOn: TODAY,
  data: { amount: { minor, currency: 'EUR' }, receivedOn: TODAY },
});

afterEach(() => vi.restoreAllMocks());

describe('a commit that fails part-way', () => {
  it('keeps nothing of it when IndexedDB refuses the second event (a real ConstraintError inside the transaction)', async () => {
    const ctx = contextOn();
    const { invoice, client } = await tracked(ctx);
    const before = {
      invoice: await ctx.store.getInvoice(invoice.id),
      client: await ctx.store.getClient(client.id),
      timeline: await ctx.store.timeline(invoice.id),
    };
    // Both new events get the same key: the client and invoice writes are already queued when the second add fails.
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('00000000-0000-4000-8000-000000000000');
    const write = ctx.store.commit({
      invoice: { ...before.invoice!, status: 'disputed' },
      expectRev: before.invoice!.rev,
      client: { ...before.client!, name: 'Renamed in the failed transaction' },
      events: [
        { kind: 'note', occurredOn: TODAY, data: { text: 'first' } },
        { kind: 'note', occurredOn: TODAY, data: { text: 'second' } },
      ],
    });
    await expect(write).rejects.toMatchObject({ name: 'ConstraintError' });
    vi.restoreAllMocks();
    expect(await ctx.store.getInvoice(invoice.id)).toEqual(before.invoice);
    expect(await ctx.store.getClient(client.id)).toEqual(before.client);
    expect(await ctx.store.timeline(invoice.id)).toEqual(before.timeline);
    // The store is not wedged: the next write goes through and chains on the untouched tail.
    expect(await route(note(invoice.id, 'after the failure'), 'page', handlers, ctx)).toMatchObject({ ok: true });
    const timeline = await ctx.store.timeline(invoice.id);
    expect(timeline.map((e) => e.kind)).toEqual(['invoice-tracked', 'note']);
    expect(await verifyChain(timeline)).toMatchObject({ intact: true });
  });

  it('storage full at the last write of a payment: the user gets the storage error, the amount due and the timeline are untouched, and it saves later', async () => {
    const ctx = contextOn();
    const { invoice } = await tracked(ctx);
    let writes = 0;
    const add = IDBObjectStore.prototype.add;
    // The invoice put is queued, then the event's add finds the disk full, the way Chromium reports it.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'events' && ++writes === 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const refused = await route(payment(invoice.id, 100_000), 'page', handlers, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(!refused.ok && refused.error.message).toMatch(/^Storage failed \(QuotaExceededError\): nothing was saved/);
    expect((await ctx.store.getInvoice(invoice.id))!.amountDue.minor).toBe(300_000);
    expect(await ctx.store.timeline(invoice.id)).toHaveLength(1);

    const saved = await route(payment(invoice.id, 100_000), 'page', handlers, ctx);
    expect(saved).toMatchObject({ ok: true });
    expect((await ctx.store.getInvoice(invoice.id))!.amountDue.minor).toBe(200_000);
    expect((await ctx.store.timeline(invoice.id)).map((e) => e.kind)).toEqual(['invoice-tracked', 'payment']);
  });
});

describe('two writers on one database (an old worker still finishing while a new one starts)', () => {
  it('refuses the write that read a stale revision with a ConflictError, and writes none of it', async () => {
    const name = `relance-faults-${Math.random()}`;
    const a = contextOn(name);
    const b = { ...a, store: storeOn(name) };
    const { invoice } = await tracked(a);
    const read = (await a.store.getInvoice(invoice.id))!;
    await a.store.commit({ invoice: read, expectRev: read.rev, events: [{ kind: 'note', occurredOn: TODAY, data: { text: 'A wins' } }] });
    // B read the same revision before A wrote: its commit must not land on top of A's.
    await expect(
      b.store.commit({
        invoice: { ...read, status: 'disputed' },
        expectRev: read.rev,
        events: [{ kind: 'note', occurredOn: TODAY, data: { text: 'B stale' } }],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const stored = (await b.store.getInvoice(invoice.id))!;
    expect(stored).toMatchObject({ rev: read.rev + 1, status: read.status });
    expect((await b.store.timeline(invoice.id)).map((e) => (e.kind === 'note' ? e.data.text : undefined))).toEqual([undefined, 'A wins']);
  });

  it('refuses a commit whose chain tail moved even when the revision did not (events written outside the invoice)', async () => {
    const name = `relance-faults-${Math.random()}`;
    const ctx = contextOn(name);
    const { invoice } = await tracked(ctx);
    const read = (await ctx.store.getInvoice(invoice.id))!;
    // Hashing happens before the transaction opens; an event appended in that gap must be noticed inside it.
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    let sneaked = false;
    vi.spyOn(crypto.subtle, 'digest').mockImplementation(async (algorithm, data) => {
      if (!sneaked) {
        sneaked = true;
        const [tail] = (await ctx.store.timeline(invoice.id)).slice(-1);
        const db = await openRelanceDb(name);
        await db.add('events', { ...tail, id: 'sneaked-in', seq: tail.seq + 1, prevHash: tail.hash });
        db.close();
      }
      return digest(algorithm, data);
    });
    await expect(
      ctx.store.commit({ invoice: read, expectRev: read.rev, events: [{ kind: 'note', occurredOn: TODAY, data: { text: 'late' } }] }),
    ).rejects.toThrow(/timeline of F-2026-014 changed/);
    vi.restoreAllMocks();
    expect((await ctx.store.getInvoice(invoice.id))!.rev).toBe(read.rev);
    expect((await ctx.store.timeline(invoice.id)).map((e) => e.kind)).toEqual(['invoice-tracked', 'invoice-tracked']);
  });

  it('ten writes from two writers at once: each answered write is stored once, each refused one is absent, the chain is whole', async () => {
    const name = `relance-faults-${Math.random()}`;
    const a = contextOn(name);
    const b = { ...a, store: storeOn(name) };
    const { invoice } = await tracked(a);
    const texts = Array.from({ length: 10 }, (_, i) => `${i % 2 ? 'B' : 'A'} ${i}`);
    const replies = await Promise.all(texts.map((text, i) => route(note(invoice.id, text), 'page', handlers, i % 2 ? b : a)));
    const answered = texts.filter((_, i) => replies[i].ok);
    // The router retries lost races; whatever still lost is reported as a conflict, never as a success.
    for (const reply of replies) if (!reply.ok) expect(reply.error.code).toBe('conflict');
    const timeline = await a.store.timeline(invoice.id);
    const stored = timeline.filter((e) => e.kind === 'note').map((e) => e.data.text);
    expect(stored.sort()).toEqual(answered.sort());
    expect(answered.length).toBeGreaterThan(0);
    expect((await a.store.getInvoice(invoice.id))!.rev).toBe(1 + answered.length);
    expect(await verifyChain(timeline)).toMatchObject({ intact: true, count: 1 + answered.length });
  });
});

describe('the connection closed under the store', () => {
  it('reopens on the next call after the browser deleted the database (site data cleared), instead of failing forever', async () => {
    const name = `relance-faults-${Math.random()}`;
    const ctx = contextOn(name);
    await tracked(ctx);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(await ctx.store.allInvoices()).toEqual([]);
    const again = await tracked(ctx);
    expect(again.timeline.map((e) => e.kind)).toEqual(['invoice-tracked']);
  });

  it('a failed job does not block the write queue', async () => {
    const ctx = contextOn();
    const failed = ctx.store.exclusive(async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const next = ctx.store.exclusive(async () => 'ran');
    await expect(failed).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await next).toBe('ran');
  });
});
