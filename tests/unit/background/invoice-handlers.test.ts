import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvent } from '../../../utils/background/handlers/event';
import { get, setStatus, track } from '../../../utils/background/handlers/invoice';
import type { HandlerContext } from '../../../utils/background/router';
import { verifyChain } from '../../../utils/evidence/verify-chain';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

function context(today = '2026-11-23'): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-handlers-${Math.random()}`, undefined, onClose));
  return { store, today: () => today };
}

const fields = {
  number: 'F-2026-014',
  amountDue: { minor: 300_000, currency: 'EUR' },
  issueDate: '2026-09-15',
  dueDate: '2026-10-15',
  debtor: { name: 'Marie Dupont', email: 'Marie.Dupont@atelier-dupont.fr' },
  debtorKind: 'business' as const,
};

const trackReq = (over: Partial<typeof fields> = {}, threadId = 't-1') => ({
  type: 'invoice:track' as const,
  webmail: 'gmail' as const,
  threadId,
  url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  fields: { ...fields, ...over },
});

describe('invoice handlers', () => {
  it('tracks an invoice with its late charges, stage and next step', async () => {
    const ctx = context();
    const view = await track(trackReq(), ctx);
    expect(view.invoice).toMatchObject({ number: 'F-2026-014', status: 'open', threadIds: ['t-1'] });
    expect(view.client.name).toBe('Marie Dupont');
    expect(view.daysLate).toBe(39);
    // 3 000 € × 12.15 % × 39 / 365 = 38.95 € (2026-S1 rate carried into 2026-S2, which is not yet known) + 40 € indemnity.
    expect(view.charges.indemnity.minor).toBe(4000);
    expect(view.charges.interest.minor).toBeGreaterThan(0);
    expect(view.charges.total.minor).toBe(300_000 + view.charges.interest.minor + 4000);
    expect(view.next?.date).toBeDefined();
    expect(view.timeline.map((e) => e.kind)).toEqual(['invoice-tracked']);
    expect(view.chain.intact).toBe(true);
  });

  it('merges a second tracking of the same number for the same client instead of doubling it', async () => {
    const ctx = context();
    const [a, b] = await Promise.all([track(trackReq({}, 't-1'), ctx), track(trackReq({}, 't-2'), ctx)]);
    expect(a.invoice.id).toBe(b.invoice.id);
    const all = await ctx.store.allInvoices();
    expect(all).toHaveLength(1);
    expect(all[0].threadIds.sort()).toEqual(['t-1', 't-2']);
    // Same number for another client is another invoice.
    await track(trackReq({ debtor: { name: 'X', email: 'x@other.fr' } }, 't-3'), ctx);
    expect(await ctx.store.allInvoices()).toHaveLength(2);
  });

  it('lowers the amount due on a partial payment and marks paid on the rest', async () => {
    const ctx = context();
    const { invoice } = await track(trackReq(), ctx);
    const partial = await addEvent(
      {
        type: 'event:add',
        invoiceId: invoice.id,
        kind: 'payment',
        occurredOn: '2026-11-20',
        data: { amount: { minor: 100_000, currency: 'EUR' }, receivedOn: '2026-11-20' },
      },
      ctx,
    );
    expect(partial.invoice.amountDue.minor).toBe(200_000);
    expect(partial.invoice.status).toBe('open');
    const paid = await setStatus({ type: 'invoice:set-status', invoiceId: invoice.id, status: 'paid' }, ctx);
    expect(paid.invoice).toMatchObject({ status: 'paid', amountDue: { minor: 0 } });
    expect(paid.next).toBeUndefined();
    expect(paid.timeline.map((e) => e.kind)).toEqual(['invoice-tracked', 'payment', 'payment', 'status-change']);
  });

  it('refuses a payment in another currency or of nothing, and writes nothing', async () => {
    const ctx = context();
    const { invoice } = await track(trackReq(), ctx);
    await expect(
      addEvent({ type: 'event:add', invoiceId: invoice.id, kind: 'payment', occurredOn: '2026-11-20', data: { amount: { minor: 100, currency: 'USD' } } }, ctx),
    ).rejects.toThrow(/EUR/);
    await expect(addEvent({ type: 'event:add', invoiceId: invoice.id, kind: 'payment', occurredOn: '2026-11-20', data: {} }, ctx)).rejects.toThrow();
    expect(await ctx.store.timeline(invoice.id)).toHaveLength(1);
  });

  it('keeps one intact chain when many writers append at once (two tabs and the dashboard)', async () => {
    const ctx = context();
    const { invoice } = await track(trackReq(), ctx);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        addEvent({ type: 'event:add', invoiceId: invoice.id, kind: 'note', occurredOn: '2026-11-23', data: { text: `note ${i}` } }, ctx),
      ),
    );
    const timeline = await ctx.store.timeline(invoice.id);
    expect(timeline).toHaveLength(26);
    expect(timeline.map((e) => e.seq)).toEqual(Array.from({ length: 26 }, (_, i) => i));
    expect(await verifyChain(timeline)).toMatchObject({ intact: true });
    expect(new Set(timeline.map((e) => (e.kind === 'note' ? e.data.text : undefined))).size).toBe(26);
    expect((await ctx.store.getInvoice(invoice.id))?.rev).toBe(26);
  });

  it('answers not-found for an unknown invoice', async () => {
    await expect(get({ type: 'invoice:get', invoiceId: 'nope' }, context())).rejects.toThrow(/No invoice/);
  });
});
