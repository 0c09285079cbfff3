import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { threadUpdate, threadView } from '../../../utils/background/handlers/thread';
import { createThreadMemo } from '../../../utils/background/thread-memo';
import type { MailMessage } from '../../../utils/mail/types';
import type { ThreadState } from '../../../utils/model/view';
import { joinTimelines } from '../../../utils/model/timeline-tail';
import { demoContext, demoThread } from './demo-mailbox';

const message = (id: string, text = `text ${id}`): MailMessage => ({
  id,
  subject: 's',
  from: { email: 'a@b.example' },
  to: [],
  date: '2026-11-02T10:00:00Z',
  text,
  attachments: [],
});
const state = (n: number) => ({ tracked: [], payments: [], today: [], n }) as unknown as ThreadState;

describe('the open thread sent as changes (issue 17)', () => {
  it('rebuilds the thread from the ids in order and the changed messages; a thread it never saw is lost', () => {
    const memo = createThreadMemo();
    memo.remember('tab-1', 't1', [message('a'), message('b')], state(1));
    expect(memo.rebuild('tab-1', 't1', ['a', 'b', 'c'], [message('c')])?.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(memo.rebuild('tab-1', 't1', ['a', 'b'], [message('b', 'expanded body')])?.[1].text).toBe('expanded body');
    // Another thread under the same name, an id never sent, a name never given: the tab must send it whole.
    expect(memo.rebuild('tab-1', 't2', ['a'], [])).toBeUndefined();
    expect(memo.rebuild('tab-1', 't1', ['a', 'x'], [])).toBeUndefined();
    expect(memo.rebuild('tab-2', 't1', ['a'], [])).toBeUndefined();
  });

  it('says when the sidebar already shows the answer, and forgets the oldest of many tabs', () => {
    const memo = createThreadMemo();
    memo.remember('tab-1', 't1', [message('a')], state(1));
    expect(memo.alreadyShown('tab-1', 't1', [message('a')], state(1))).toBe(true);
    expect(memo.alreadyShown('tab-1', 't1', [message('a')], state(2))).toBe(false);
    for (let i = 2; i <= 9; i++) memo.remember(`tab-${i}`, `t${i}`, [message('a')], state(i));
    expect(memo.rebuild('tab-1', 't1', ['a'], [])).toBeUndefined();
    expect(memo.rebuild('tab-9', 't9', ['a'], [])).toBeDefined();
  });

  it("hands the state being completed under a tab's name once, only for the same messages, and not after a newer answer", async () => {
    const memo = createThreadMemo();
    const settled = Promise.resolve(state(2));
    memo.remember('tab-1', 't1', [message('a'), message('b')], state(1));
    memo.settling('tab-1', settled);
    expect(memo.takeSettling('tab-1', ['a'])).toBeUndefined();
    memo.settling('tab-1', settled);
    expect(memo.takeSettling('tab-1', ['a', 'b'])).toBe(settled);
    expect(memo.takeSettling('tab-1', ['a', 'b'])).toBeUndefined();
    memo.settling('tab-1', settled);
    memo.alreadyShown('tab-1', 't1', [message('a'), message('b'), message('c')], state(3));
    expect(memo.takeSettling('tab-1', ['a', 'b', 'c'])).toBeUndefined();
  });

  it('a reply added to a tracked thread gives the same answer as the whole thread, then "unchanged"; a restarted worker has lost it', async () => {
    const demo = demoThread('Facture F-2026-027');
    const { messages, ...thread } = demo;
    const first = messages.slice(0, -1);
    const ctx = demoContext();
    const before = await threadView({ type: 'thread:view', webmail: 'gmail', thread: { ...thread, messages: first }, token: 'tab-1' }, ctx);
    const update = await threadUpdate(
      { type: 'thread:update', webmail: 'gmail', token: 'tab-1', thread, ids: messages.map((m) => m.id), changed: messages.slice(-1) },
      ctx,
    );
    const whole = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demo }, ctx);
    // Only the events after the timeline the tab holds travel; joined to it, the answer is the whole thread's.
    const held = before.tracked[0]!.timeline;
    expect('state' in update && update.timelinesAfter).toEqual({ [whole.tracked[0]!.invoice.id]: { count: held.length, hash: held[held.length - 1].hash } });
    expect('state' in update && update.state.tracked[0]?.timeline.map((e) => e.kind)).toEqual(['reply-received', 'promise', 'status-change']);
    const joined = 'state' in update && joinTimelines(update.state, update.timelinesAfter ?? {}, new Map([[whole.tracked[0]!.invoice.id, held]]));
    expect(joined).toEqual(whole);
    expect(whole.tracked[0]?.invoice.number).toBe('F-2026-027');
    expect(await threadUpdate({ type: 'thread:update', webmail: 'gmail', token: 'tab-1', thread, ids: messages.map((m) => m.id), changed: [] }, ctx)).toEqual({
      unchanged: true,
    });
    const restarted = { ...ctx, threads: undefined };
    expect(
      await threadUpdate({ type: 'thread:update', webmail: 'gmail', token: 'tab-1', thread, ids: messages.map((m) => m.id), changed: [] }, restarted),
    ).toEqual({ lost: true });
  });

  it('a progressive first view shows the invoice it tracks before reading the replies, which are fed once it answered and shown by the next view', async () => {
    const demo = demoThread('Facture F-2026-027');
    const { messages, ...thread } = demo;
    const ctx = demoContext();
    const first = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demo, token: 'tab-1', progressive: true }, ctx);
    const shown = first.tracked[0];
    expect(shown?.invoice.number).toBe('F-2026-027');
    expect(shown?.readingReplies).toBe(true);
    expect(shown?.timeline.map((e) => e.kind)).not.toContain('reply-received');
    const next = await threadUpdate({ type: 'thread:update', webmail: 'gmail', token: 'tab-1', thread, ids: messages.map((m) => m.id), changed: [] }, ctx);
    const read = 'state' in next ? next.state.tracked[0] : undefined;
    expect(read?.readingReplies).toBeUndefined();
    expect(read?.timeline.filter((e) => e.kind === 'reply-received')).toHaveLength(1);
    // Read once, however the feed after the answer and the tab's second ask meet.
    expect((await ctx.store.timeline(shown!.invoice.id)).filter((e) => e.kind === 'reply-received')).toHaveLength(1);
  });

  it('the replies are fed after a progressive answer even when the tab never asks again', async () => {
    const ctx = demoContext();
    const first = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demoThread('Facture F-2026-027'), progressive: true }, ctx);
    const id = first.tracked[0]!.invoice.id;
    await expect.poll(async () => (await ctx.store.timeline(id)).filter((e) => e.kind === 'reply-received').length).toBe(1);
  });
});
