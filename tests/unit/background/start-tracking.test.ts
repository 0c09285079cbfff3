import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readInvoice } from '../../../utils/background/mutate-invoice';
import type { HandlerContext } from '../../../utils/background/router';
import { startTracking, type TrackRequest } from '../../../utils/background/track-invoice';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

function context(): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-start-tracking-${Math.random()}`, undefined, onClose));
  return { store, today: () => '2026-11-23' };
}

const request = (threadId: string): TrackRequest => ({
  fields: {
    number: 'F-2026-118',
    amountDue: { minor: 300_000, currency: 'EUR' },
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    threadId,
    threadUrl: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  },
  debtor: { name: 'Studio Brume', email: 'compta@studio-brume.fr' },
  debtorKind: 'business',
  source: { kind: 'mail', ref: threadId, webmail: 'gmail', addedAt: '2026-11-23T09:00:00.000Z' },
  messageId: `${threadId}-1`,
});

describe('starting to track an invoice', () => {
  it('gives the new invoice as the store then reads it: invoice, client, sealed timeline and settings', async () => {
    const ctx = context();
    const started = await startTracking(ctx, request('th-1'));
    expect(started.timeline.map((e) => e.kind)).toEqual(['invoice-sent', 'invoice-tracked']);
    expect(started.invoice).toMatchObject({ number: 'F-2026-118', rev: 1, eventCount: 2, chainHead: started.timeline[1].hash });
    expect(started).toEqual(await readInvoice(ctx, started.invoice.id));
  });

  it('tracked again from another thread, gives the one invoice with both threads, its timeline not doubled', async () => {
    const ctx = context();
    const first = await startTracking(ctx, request('th-1'));
    const again = await startTracking(ctx, request('th-2'));
    expect(again.invoice.id).toBe(first.invoice.id);
    expect(again.invoice.threadIds).toEqual(['th-1', 'th-2']);
    expect(again.timeline).toEqual(first.timeline);
    expect(again).toEqual(await readInvoice(ctx, first.invoice.id));
  });
});
