import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { track } from '../../../utils/background/handlers/invoice';
import { reminderSent } from '../../../utils/background/handlers/reminder';
import { roundGet, roundStart, roundStep, roundStop } from '../../../utils/background/handlers/round';
import { openTodaysRound } from '../../../utils/background/open-todays-round';
import type { HandlerContext } from '../../../utils/background/router';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

/** round:get has no payload: the handler's request type is the empty object. */
const GET = { type: 'round:get' } as Parameters<typeof roundGet>[0];
const dbName = () => `relance-round-${Math.random()}`;
const contextOn = (name: string, today = '2026-12-04'): HandlerContext => ({
  store: new RelanceStore((onClose) => openRelanceDb(name, undefined, onClose)),
  today: () => today,
});

async function trackTwo(ctx: HandlerContext) {
  const fields = (number: string, email: string) => ({
    number,
    amountDue: { minor: 100_000, currency: 'EUR' },
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
    debtor: { email },
    debtorKind: 'business' as const,
  });
  const a = await track({ type: 'invoice:track', webmail: 'gmail', threadId: 't-a', fields: fields('F-1', 'a@client-a.fr') }, ctx);
  const b = await track({ type: 'invoice:track', webmail: 'gmail', threadId: 't-b', fields: fields('F-2', 'b@client-b.fr') }, ctx);
  return [a.invoice.id, b.invoice.id];
}

describe('the round’s handlers', () => {
  it('offers a round over today’s list and keeps it in the store, so a restarted worker goes on', async () => {
    const name = dbName();
    const ctx = contextOn(name);
    await trackTwo(ctx);
    expect(await roundGet(GET, ctx)).toMatchObject({ status: 'idle', total: 2 });
    const started = await roundStart({ type: 'round:start', resume: false }, ctx);
    expect(started).toMatchObject({ status: 'running', position: 1, total: 2 });
    // Another store over the same database: what a worker started again after 30 s idle sees.
    const again = contextOn(name);
    expect(await roundGet(GET, again)).toEqual(started);
    // The next day, yesterday's round is not today's.
    expect(await roundGet(GET, contextOn(name, '2026-12-05'))).toMatchObject({ status: 'idle' });
  });

  it('counts a stop as sent only after the send flow recorded it, and pauses a paused stop', async () => {
    const ctx = contextOn(dbName());
    await trackTwo(ctx);
    const first = (await roundStart({ type: 'round:start', resume: false }, ctx)).current!.invoiceIds[0];
    await expect(roundStep({ type: 'round:step', invoiceId: first, outcome: 'sent' }, ctx)).rejects.toThrow(/No confirmed send/);
    await reminderSent({ type: 'reminder:sent', invoiceId: first, templateId: 'reminder1', to: [], cc: [], subject: 'Relance', body: 'Bonjour' }, ctx);
    const second = await roundStep({ type: 'round:step', invoiceId: first, outcome: 'sent' }, ctx);
    expect(second).toMatchObject({ position: 2, sent: 1 });
    const end = await roundStep({ type: 'round:step', invoiceId: second.current!.invoiceIds[0], outcome: 'paused' }, ctx);
    expect(end).toMatchObject({ status: 'finished', sent: 1, paused: 1 });
    // Put off for a week: out of today's list, back on 2026-12-11 by itself.
    const putOff = await ctx.store.getInvoice(second.current!.invoiceIds[0]);
    expect(putOff).toMatchObject({ snoozedUntil: '2026-12-11', nextActionDate: '2026-12-11' });
    expect(end.upcoming).toContainEqual(expect.objectContaining({ number: putOff!.number, date: '2026-12-11' }));
    expect(await roundStop({ type: 'round:stop', close: true }, ctx)).toMatchObject({ status: 'idle', total: 0 });
  });

  it('stops and resumes at the same stop', async () => {
    const ctx = contextOn(dbName());
    await trackTwo(ctx);
    const first = (await roundStart({ type: 'round:start', resume: false }, ctx)).current!.invoiceIds[0];
    await roundStep({ type: 'round:step', invoiceId: first, outcome: 'skipped' }, ctx);
    expect(await roundStop({ type: 'round:stop', close: false }, ctx)).toMatchObject({ status: 'stopped', position: 2 });
    expect(await roundStart({ type: 'round:start', resume: true }, ctx)).toMatchObject({ status: 'running', position: 2, skipped: 1 });
  });
});

describe('the daily notification', () => {
  it('opens the dashboard while nothing is due, then the round on its first stop’s thread', async () => {
    const ctx = contextOn(dbName());
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    await openTodaysRound(ctx, open, 'dashboard#today');
    expect(opened).toEqual(['dashboard#today']);
    await trackTwo(ctx);
    await openTodaysRound(ctx, open, 'dashboard#today');
    expect(opened[1]).toMatch(/^https:\/\/mail\.google\.com\//);
    expect(await roundGet(GET, ctx)).toMatchObject({ status: 'running', position: 1, total: 2 });
  });
});
