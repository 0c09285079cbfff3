/**
 * Issue 17: after the first answer, a thread update brings only the events after the timelines the tab holds. The tab
 * joins them to what it holds, and asks for the whole thread when they do not continue it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ShownEvent } from '../../../utils/model/shown-event';
import type { InvoiceView, ThreadState } from '../../../utils/model/view';
import type { ThreadView } from '../../../utils/webmail/adapter';
import { fakeWorkerPorts, forgetFakeWorkerPorts, stopFakeWorker } from './fake-worker-port';

const sent: Array<{ type: string; token?: string }> = [];
let answers: unknown[] = [];
vi.mock('wxt/browser', async () => {
  const { connectFakeWorker } = await import('./fake-worker-port');
  return {
    browser: {
      runtime: {
        sendMessage: async (message: { type: string; token?: string }) => {
          sent.push({ type: message.type, token: message.token });
          return { ok: true, value: answers.shift() };
        },
        connect: connectFakeWorker,
      },
    },
  };
});
const { ThreadSender } = await import('../../../utils/content/thread-sender');

const event = (n: number): ShownEvent =>
  ({
    id: `e${n}`,
    hash: `h${n}`,
    seq: n,
    kind: 'note',
    occurredOn: '2026-11-02',
    recordedAt: '2026-11-02T10:00:00Z',
    invoiceId: 'i1',
    data: { text: `note ${n}` },
  }) as unknown as ShownEvent;
const events = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => event(from + i));
const state = (timeline: ShownEvent[]): ThreadState => ({ tracked: [{ invoice: { id: 'i1' }, timeline } as unknown as InvoiceView], today: [] });
const thread = (ids: string[]): ThreadView => ({
  threadId: 't1',
  subject: 'Facture F-1',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  messages: ids.map((id) => ({ id, subject: 'Facture F-1', from: { email: 'a@b.example' }, to: [], date: '2026-11-02T10:00:00Z', text: id, attachments: [] })),
});

describe('a thread update answered with the new events only', () => {
  it('joins them to the timeline held, and sends the whole thread when they do not continue it', async () => {
    const sender = new ThreadSender('gmail');
    answers = [state(events(0, 3))];
    expect(await sender.view(thread(['m1']), undefined)).toEqual(state(events(0, 3)));

    answers = [{ state: state(events(3, 5)), timelinesAfter: { i1: { count: 3, hash: 'h2' } } }];
    expect(await sender.view(thread(['m1', 'm2']), undefined)).toEqual(state(events(0, 5)));
    expect(sent.map((m) => m.type)).toEqual(['thread:view', 'thread:update']);

    // Said to follow an event the tab does not hold there: the tab shows nothing of it and asks for the whole thread.
    answers = [{ state: state(events(6, 7)), timelinesAfter: { i1: { count: 5, hash: 'h-other' } } }, state(events(0, 7))];
    expect(await sender.view(thread(['m1', 'm2', 'm3']), undefined)).toEqual(state(events(0, 7)));
    expect(sent.map((m) => m.type)).toEqual(['thread:view', 'thread:update', 'thread:update', 'thread:view']);
    expect(sent[3].token).not.toBe(sent[0].token);
  });

  it('sends a thread last answered more than 30 s ago whole: the worker that knew it has most likely stopped since', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      sent.length = 0;
      forgetFakeWorkerPorts();
      const sender = new ThreadSender('gmail');
      answers = [state(events(0, 1)), { unchanged: true }, state(events(0, 1))];
      await sender.view(thread(['m1']), undefined);
      vi.advanceTimersByTime(29_000);
      expect(await sender.view(thread(['m1']), undefined)).toBe('unchanged');
      vi.advanceTimersByTime(29_000);
      expect(fakeWorkerPorts()).toEqual([['relance:worker-presence', true]]);
      vi.advanceTimersByTime(2_000);
      // Let go once idle: an open port must not keep a background alive.
      expect(fakeWorkerPorts()).toEqual([['relance:worker-presence', false]]);
      expect(await sender.view(thread(['m1']), undefined)).toEqual(state(events(0, 1)));
      expect(sent.map((m) => m.type)).toEqual(['thread:view', 'thread:update', 'thread:view']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends the thread whole at once after the worker that answered stopped, without a change it would refuse', async () => {
    sent.length = 0;
    forgetFakeWorkerPorts();
    const sender = new ThreadSender('gmail');
    answers = [state(events(0, 1)), { unchanged: true }, state(events(0, 1)), { unchanged: true }];
    await sender.view(thread(['m1']), undefined);
    expect(await sender.view(thread(['m1']), undefined)).toBe('unchanged');
    expect(fakeWorkerPorts()).toEqual([['relance:worker-presence', true]]);
    stopFakeWorker();
    expect(await sender.view(thread(['m1']), undefined)).toEqual(state(events(0, 1)));
    // The worker that answered the whole thread is watched anew: its changes come as changes again.
    expect(await sender.view(thread(['m1']), undefined)).toBe('unchanged');
    expect(sent.map((m) => m.type)).toEqual(['thread:view', 'thread:update', 'thread:view', 'thread:update']);
    expect(fakeWorkerPorts().map(([, open]) => open)).toEqual([false, true]);
  });
});
