import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../utils/background/router';
import type { TimelineEvent } from '../../../utils/model/event';
import { DEMO_THREADS, demoContext, demoThread, visit, type DemoThread } from './demo-mailbox';

/** What the user sees of every invoice: its threads and its timeline (ids, hashes and record times aside), by number. */
async function mailboxState(ctx: HandlerContext) {
  const out: Record<string, unknown> = {};
  for (const invoice of await ctx.store.allInvoices()) {
    const timeline = await ctx.store.timeline(invoice.id);
    out[invoice.number] = {
      status: invoice.status,
      stage: invoice.stage,
      threads: [...invoice.threadIds].sort(),
      timeline: timeline.map(shown).sort(),
    };
  }
  return out;
}

function shown(event: TimelineEvent): string {
  return JSON.stringify({ kind: event.kind, on: event.occurredOn, data: event.data });
}

async function readAll(ctx: HandlerContext, threads: DemoThread[]): Promise<void> {
  for (const thread of threads) await visit(ctx, thread);
}

describe('one invoice across the whole mailbox', () => {
  it('reading every demo thread twice, in two orders, leaves identical timelines', async () => {
    const forward = demoContext();
    await readAll(forward, DEMO_THREADS);
    const once = await mailboxState(forward);
    await readAll(forward, DEMO_THREADS);
    expect(await mailboxState(forward)).toEqual(once);

    const backward = demoContext();
    const reversed = [...DEMO_THREADS].reverse();
    await readAll(backward, reversed);
    await readAll(backward, reversed);
    expect(await mailboxState(backward)).toEqual(once);
    expect(Object.keys(once).sort()).toEqual(['F-2026-025', 'F-2026-027', 'F-2026-028', 'F-2026-031', 'F-2026-033']);
  });

  it('links the reminder thread to the invoice tracked from the Stripe notice, whichever is opened first', async () => {
    const reminder = demoThread('Relance : facture n° F-2026-033');
    const notice = demoThread('F-2026-033 envoyée');
    const reminderFirst = demoContext();
    const offered = await visit(reminderFirst, reminder);
    // A reminder is not a new invoice: its number, amount and due date are offered, never the reminder's day as issue date.
    expect(offered.tracked).toEqual([]);
    expect(offered.candidate).toMatchObject({ number: 'F-2026-033', chasing: true, amountDue: { minor: 48_000, currency: 'EUR' }, dueDate: '2026-11-09' });
    expect(offered.candidate?.issueDate).toBeUndefined();
    const tracked = await visit(reminderFirst, notice);
    const after = await visit(reminderFirst, reminder);
    expect(after.candidate).toBeUndefined();
    expect(after.tracked.map((v) => v.invoice.number)).toEqual(['F-2026-033']);

    const noticeFirst = demoContext();
    await visit(noticeFirst, notice);
    await visit(noticeFirst, reminder);
    expect(await mailboxState(noticeFirst)).toEqual(await mailboxState(reminderFirst));

    const view = tracked.tracked[0];
    expect(view.invoice.threadIds.sort()).toEqual([notice.threadId, reminder.threadId].sort());
    expect(view.threads?.map((t) => t.threadId).sort()).toEqual([notice.threadId, reminder.threadId].sort());
    const reminders = view.timeline.filter((e) => e.kind === 'reminder-sent');
    expect(reminders.map((e) => [e.occurredOn, e.data.stage])).toEqual([['2026-11-16', 'reminder1']]);
    // The panel gets the reminder without its body and the events without the previous hash; the store keeps both.
    expect(reminders[0]).not.toHaveProperty('data.body');
    expect(reminders[0]).not.toHaveProperty('prevHash');
    const stored = (await reminderFirst.store.timeline(view.invoice.id)).find((e) => e.id === reminders[0].id);
    expect(stored).toMatchObject({ hash: reminders[0].hash, data: { body: expect.stringContaining('F-2026-033') } });
    expect(stored?.prevHash).toMatch(/^[0-9a-f]{64}$/);
    expect(view.timeline.filter((e) => e.kind === 'reply-received').map((e) => e.data.kind)).toEqual(['auto-reply']);
    // One reminder went out and was answered by an out-of-office: the next step is the second reminder, not the first.
    expect(view.next).toMatchObject({ kind: 'send-reminder', stage: 'reminder2' });
  });

  it('offers a payment notice read before tracking once the invoice is tracked, and puts confirming first', async () => {
    const ctx = demoContext();
    const qonto = await visit(ctx, demoThread('Virement reçu'));
    expect(qonto.payments).toEqual([]);
    const state = await visit(ctx, demoThread('Facture F-2026-028'));
    const view = state.tracked[0];
    expect(view.paymentOffers).toEqual([
      expect.objectContaining({ number: 'F-2026-028', service: 'qonto', amount: { minor: 120_000, currency: 'EUR' }, receivedOn: '2026-10-30' }),
    ]);
    expect(view.invoice.status).toBe('payment-claimed');
    expect(view.invoice.amountDue.minor).toBe(120_000);
    expect(view.next?.kind).toBe('confirm-payment');
    expect(view.next?.reason).toMatch(/^Qonto a reçu 1\s200,00\s€ le 30 oct\. 2026 pour F-2026-028 : confirmez le paiement/);
    // Offered, never applied: nothing in the timeline says paid until the user confirms.
    expect(view.timeline.some((e) => e.kind === 'payment')).toBe(false);
    // Opening the bank's mail again offers it there too.
    expect((await visit(ctx, demoThread('Virement reçu'))).payments?.map((p) => p.invoiceId)).toEqual([view.invoice.id]);
  });
});
