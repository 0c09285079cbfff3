import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { threadUpdate, threadView } from '../../../utils/background/handlers/thread';
import { createThreadMemo } from '../../../utils/background/thread-memo';
import type { MailMessage } from '../../../utils/mail/types';
import type { ThreadState } from '../../../utils/model/view';
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

  it('a reply added to a tracked thread gives the same answer as the whole thread, then "unchanged"; a restarted worker has lost it', async () => {
    const demo = demoThread('Facture F-2026-027');
    const { messages, ...thread } = demo;
    const first = messages.slice(0, -1);
    const ctx = demoContext();
    await threadView({ type: 'thread:view', webmail: 'gmail', thread: { ...thread, messages: first }, token: 'tab-1' }, ctx);
    const update = await threadUpdate(
      { type: 'thread:update', webmail: 'gmail', token: 'tab-1', thread, ids: messages.map((m) => m.id), changed: messages.slice(-1) },
      ctx,
    );
    const whole = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demo }, ctx);
    expect('state' in update && update.state).toEqual(whole);
    expect(whole.tracked[0]?.invoice.number).toBe('F-2026-027');
    expect(await threadUpdate({ type: 'thread:update', webmail: 'gmail', token: 'tab-1', thread, ids: messages.map((m) => m.id), changed: [] }, ctx)).toEqual({
      unchanged: true,
    });
    const restarted = { ...ctx, threads: undefined };
    expect(
      await threadUpdate({ type: 'thread:update', webmail: 'gmail', token: 'tab-1', thread, ids: messages.map((m) => m.id), changed: [] }, restarted),
    ).toEqual({ lost: true });
  });
});
