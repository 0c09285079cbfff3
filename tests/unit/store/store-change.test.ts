import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoreChange } from '../../../utils/store/store-change';
import { demoContext, demoThread, visit } from '../background/demo-mailbox';

describe('the store tells what each write changed (kept thread views are dropped by it)', () => {
  it('names the invoices, clients and numbers written, everything for settings, and nothing for a revisit, a log or a key', async () => {
    const ctx = demoContext();
    const heard: StoreChange[] = [];
    ctx.store.onChange((change) => heard.push(change));
    const thread = demoThread('Facture F-2026-031');
    await visit(ctx, thread);
    const [invoice] = await ctx.store.invoicesByThread(thread.threadId);
    expect(heard).toContainEqual({ invoices: [], clients: [], numbers: ['F-2026-031'] });
    expect(heard).toContainEqual({ invoices: [invoice.id], clients: [invoice.clientId], numbers: ['F-2026-031'] });
    expect(heard.some((c) => c.everything)).toBe(false);

    // Opened again with nothing new: nothing is written, so the view kept of it stays.
    heard.length = 0;
    await visit(ctx, thread);
    expect(heard).toEqual([]);

    // Another thread naming the number: one more thread of the invoice.
    const [mail] = thread.messages;
    await ctx.store.rememberSightings([
      {
        key: 'gmail:other-1',
        webmail: 'gmail',
        threadId: 'other',
        threadUrl: 'https://mail.google.com/mail/u/0/#inbox/other',
        threadSubject: 'Re: F-2026-031',
        numbers: ['F-2026-031'],
        message: { ...mail, id: 'other-1', threadId: 'other' },
        firstSeenAt: '2026-11-23T09:00:00.000Z',
      },
    ]);
    expect(heard).toEqual([{ invoices: [], clients: [], numbers: ['F-2026-031'] }]);

    heard.length = 0;
    const client = (await ctx.store.getClient(invoice.clientId))!;
    await ctx.store.putClient({ ...client, rev: client.rev + 1 });
    await ctx.store.saveSettings(await ctx.store.getSettings());
    await ctx.store.log({ level: 'warn', what: 'refused', detail: 'a page asked' });
    await ctx.store.setPrivate({ 'connector:demo': { token: 'x' } });
    expect(heard).toEqual([{ invoices: [], clients: [client.id], numbers: [] }, { everything: true }]);
  });

  it('a listener that throws costs the write nothing', async () => {
    const ctx = demoContext();
    ctx.store.onChange(() => {
      throw new Error('listener broken');
    });
    const heard: StoreChange[] = [];
    ctx.store.onChange((change) => heard.push(change));
    await expect(visit(ctx, demoThread('Facture F-2026-031'))).resolves.toBeDefined();
    expect((await ctx.store.invoicesByThread(demoThread('Facture F-2026-031').threadId)).length).toBe(1);
    expect(heard.length).toBeGreaterThan(0);
  });

  it('counts each change in the transaction that writes it, and goes on counting after "delete everything" and a restore', async () => {
    const ctx = demoContext();
    const counts: number[] = [];
    ctx.store.onChange((_change, count) => counts.push(count));
    await visit(ctx, demoThread('Facture F-2026-031'));
    await visit(ctx, demoThread('Facture F-2026-027'));
    const backup = await ctx.store.dump();
    await ctx.store.eraseAll();
    await ctx.store.replaceAll(backup);
    await ctx.store.putTemplateOverride({ id: 'reminder1', subject: 'Rappel', body: 'Bonjour', updatedAt: '2026-11-23T09:00:00.000Z' } as never);
    await ctx.store.deleteTemplateOverride('reminder1');
    expect(counts.length).toBeGreaterThan(6);
    // In the order committed, none skipped, none twice: what a copy kept elsewhere proves it heard them all by.
    expect(counts).toEqual(counts.map((_, i) => i + 1));
    expect(await ctx.store.changeCount()).toBe(counts.length);
  });
});
