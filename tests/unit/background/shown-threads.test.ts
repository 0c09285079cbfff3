import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { pause } from '../../../utils/background/handlers/invoice';
import { threadView } from '../../../utils/background/handlers/thread';
import { shownThreads, type RecordArea } from '../../../utils/background/shown-threads';
import { finalThreadAnswer, shownThreadKey, shownThreadState, threadReadingDigest } from '../../../utils/model/shown-thread';
import type { ThreadState } from '../../../utils/model/view';
import { EVERYTHING } from '../../../utils/store/store-change';
import { demoContext, demoThread, visit } from './demo-mailbox';

/** browser.storage.local as far as the records use it, counting writes. */
function memoryArea(): RecordArea & { items: Map<string, unknown>; sets: number } {
  const items = new Map<string, unknown>();
  const area = {
    items,
    sets: 0,
    get: async (key: string) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values: Record<string, unknown>) => {
      area.sets++;
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    remove: async (keys: string | string[]) => {
      for (const k of [keys].flat()) items.delete(k);
    },
  };
  return area;
}

const withInvoice = (n: number, client = 'c0') =>
  ({ tracked: [{ invoice: { id: `i${n}`, number: `F-${n}` }, client: { id: client } }], today: [] }) as unknown as ThreadState;
const change = (part: { invoices?: string[]; clients?: string[]; numbers?: string[] }) => ({ invoices: [], clients: [], numbers: [], ...part });
const DAY = '2026-11-03';

/** A real wait (setInterval is not among the faked timers): IndexedDB and Web Crypto answer outside the fake clock. */
const realWait = (ms: number) =>
  new Promise<void>((resolve) => {
    const interval = setInterval(() => {
      clearInterval(interval);
      resolve();
    }, ms);
  });

/**
 * Every timer run, the digests of what was read given the time to finish, and the confirming readings they start,
 * until nothing was left to run through twenty turns of 5 ms of real time in a row.
 */
async function settle(): Promise<void> {
  for (let quiet = 0, round = 0; quiet < 20 && round < 400; round++) {
    await vi.runAllTimersAsync();
    await realWait(5);
    quiet = vi.getTimerCount() === 0 ? quiet + 1 : 0;
  }
}
/** The store's count of changes, as each forget is told it. */
let changeCount = 0;
const counted = () => ++changeCount;

describe('threads kept for the sidebar’s next visit (issue 17)', () => {
  it('keeps a thread with tracked invoices for today only, writes an unchanged answer once, and never one without invoices', async () => {
    const area = memoryArea();
    const shown = shownThreads(area);
    await shown.remember('gmail', 't1', DAY, withInvoice(1));
    await shown.remember('gmail', 't1', DAY, withInvoice(1));
    await shown.remember('gmail', 't2', DAY, { tracked: [], today: [] });
    expect(area.sets).toBe(1);
    const record = area.items.get(shownThreadKey('gmail', 't1'));
    expect(shownThreadState(record, DAY)?.tracked).toHaveLength(1);
    // Another day's figures (days late, interest) are not today's; another shape is an older extension's.
    expect(shownThreadState(record, '2026-11-04')).toBeUndefined();
    expect(shownThreadState({ ...(record as object), v: 1 }, DAY)).toBeUndefined();
    expect(area.items.has(shownThreadKey('gmail', 't2'))).toBe(false);
  });

  it('writes a thread changing under the user at most once a second, with its latest answer, and not after a write forgot it', async () => {
    vi.useFakeTimers();
    try {
      const area = memoryArea();
      const shown = shownThreads(area);
      const key = shownThreadKey('gmail', 't1');
      await shown.remember('gmail', 't1', DAY, withInvoice(1));
      expect(area.sets).toBe(1);
      // Replies arriving 120 ms apart: nothing more is written until the second is over, then the latest answer.
      const later = [2, 3, 4].map((n) => shown.remember('gmail', 't1', DAY, withInvoice(n)));
      await vi.advanceTimersByTimeAsync(500);
      expect(area.sets).toBe(1);
      await vi.advanceTimersByTimeAsync(600);
      await Promise.all(later);
      expect(area.sets).toBe(2);
      expect(shownThreadState(area.items.get(key), DAY)?.tracked[0]?.invoice.number).toBe('F-4');
      // A write to what it shows drops the record: an answer waiting from before it is not written, a later one is.
      const waiting = shown.remember('gmail', 't1', DAY, withInvoice(4, 'c1'));
      await shown.forget(change({ invoices: ['i4'] }), counted());
      await vi.advanceTimersByTimeAsync(1500);
      await waiting;
      expect(area.items.has(key)).toBe(false);
      const sets = area.sets;
      const after = shown.remember('gmail', 't1', DAY, withInvoice(4, 'c1'));
      // Still once a second: the record dropped was written less than a second ago.
      await vi.advanceTimersByTimeAsync(1100);
      await after;
      expect(area.sets).toBe(sets + 1);
      expect(shownThreadState(area.items.get(key), DAY)?.tracked[0]?.client.id).toBe('c1');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the latest thirty threads and forgets them all at once', async () => {
    const area = memoryArea();
    const shown = shownThreads(area);
    // Not awaited one by one: the records queue up and the index misses none.
    await Promise.all(Array.from({ length: 35 }, (_, i) => shown.remember('outlook', `t${i}`, DAY, withInvoice(i))));
    expect(area.items.has(shownThreadKey('outlook', 't4'))).toBe(false);
    expect(area.items.has(shownThreadKey('outlook', 't5'))).toBe(true);
    expect([...area.items.keys()].filter((k) => k.startsWith('shown:outlook:'))).toHaveLength(30);
    await shown.forget(EVERYTHING, counted());
    expect([...area.items.keys()]).toEqual(['shown:through']);
  });

  it('a change drops the records showing what it changed, an invoice, its client or its number, and keeps the others', async () => {
    const area = memoryArea();
    const shown = shownThreads(area);
    const payment = { ...withInvoice(3, 'c3'), payments: [{ invoiceId: 'i1', number: 'F-1' }] } as unknown as ThreadState;
    await shown.remember('gmail', 't1', DAY, withInvoice(1, 'c1'));
    await shown.remember('gmail', 't2', DAY, withInvoice(2, 'c2'));
    await shown.remember('gmail', 't3', DAY, payment);
    await shown.remember('gmail', 't4', DAY, withInvoice(4, 'c4'));
    const kept = () => ['t1', 't2', 't3', 't4'].filter((t) => area.items.has(shownThreadKey('gmail', t)));
    await shown.forget(change({ invoices: ['i9'], clients: ['c9'], numbers: ['F-9'] }), counted());
    expect(kept()).toEqual(['t1', 't2', 't3', 't4']);
    // Invoice i1 is shown in t1, and in t3 as the invoice of a payment notice.
    await shown.forget(change({ invoices: ['i1'] }), counted());
    expect(kept()).toEqual(['t2', 't4']);
    await shown.forget(change({ clients: ['c2'] }), counted());
    expect(kept()).toEqual(['t4']);
    await shown.forget(change({ numbers: ['F-4'] }), counted());
    expect(kept()).toEqual([]);
    expect(area.items.has('shown:index')).toBe(false);
  });

  it('an index left by an older extension (bare keys, nothing said of what they show) is dropped by any change', async () => {
    const area = memoryArea();
    await area.set({ 'shown:index': [shownThreadKey('gmail', 'old')], [shownThreadKey('gmail', 'old')]: { v: 1, day: DAY, state: withInvoice(1) } });
    const shown = shownThreads(area);
    await shown.remember('gmail', 't2', DAY, withInvoice(2));
    await shown.forget(change({ invoices: ['i9'] }), counted());
    expect(area.items.has(shownThreadKey('gmail', 'old'))).toBe(false);
    expect(area.items.has(shownThreadKey('gmail', 't2'))).toBe(true);
  });

  it('a thread view keeps its answer after answering, with the day it was answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const area = memoryArea();
      const ctx = { ...demoContext(), shownThreads: shownThreads(area) };
      const state = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demoThread('Facture F-2026-027') }, ctx);
      expect(area.sets).toBe(0);
      await settle();
      const kept = shownThreadState(area.items.get(shownThreadKey('gmail', demoThread('Facture F-2026-027').threadId)), ctx.today());
      expect(kept?.tracked[0]?.invoice.number).toBe('F-2026-027');
      expect(kept).toEqual(state);
    } finally {
      vi.useRealTimers();
    }
  });

  it('in the background, each thread keeps its view until a write changes what it shows, from another thread or a page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const area = memoryArea();
      const ctx = { ...demoContext(), shownThreads: shownThreads(area) };
      // As entrypoints/background.ts wires them.
      ctx.store.onChange((c, n) => void ctx.shownThreads.forget(c, n));
      const kept = (subject: string) => {
        const state = shownThreadState(area.items.get(shownThreadKey('gmail', demoThread(subject).threadId)), ctx.today());
        return state?.tracked.map((v) => `${v.invoice.number} ${v.invoice.status}`);
      };
      for (const subject of ['Facture F-2026-027', 'Facture F-2026-031', 'Facture F-2026-033 envoyée']) {
        await visit(ctx, demoThread(subject));
        await settle();
      }
      const f027 = kept('Facture F-2026-027');
      expect(f027).toHaveLength(1);
      expect(kept('Facture F-2026-033 envoyée')).toEqual(['F-2026-033 open']);
      // The reminder's thread about F-2026-033 brings the debtor's reply: Stripe's thread no longer shows it as it is.
      await visit(ctx, demoThread('Relance : facture n° F-2026-033'));
      await settle();
      expect(kept('Facture F-2026-033 envoyée')).toBeUndefined();
      expect(kept('Relance : facture n° F-2026-033')).toHaveLength(1);
      expect(kept('Facture F-2026-027')).toEqual(f027);
      // A pause asked from a page drops F-2026-031's view only.
      const f031 = (await ctx.store.invoicesByThread(demoThread('Facture F-2026-031').threadId))[0];
      await pause({ type: 'invoice:pause', invoiceId: f031.id, paused: true }, ctx);
      await settle();
      expect(kept('Facture F-2026-031')).toBeUndefined();
      expect(kept('Facture F-2026-027')).toEqual(f027);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('final records: a woken worker answers a thread read again from its record (issue 17)', () => {
  const BUILD = '1.4.0';
  const reading = { webmail: 'gmail', thread: { threadId: 't1', subject: 'Facture F-1', messages: [{ id: 'm1', text: 'Bonjour' }] } };

  it('a record is final only when nothing it shows changed during its reading, and answers only that reading, that day, that build', async () => {
    const area = memoryArea();
    const shown = shownThreads(area, { build: BUILD });
    const input = await threadReadingDigest(reading);
    const since = shown.mark();
    await shown.remember('gmail', 't1', DAY, withInvoice(1), { input, since });
    const record = area.items.get(shownThreadKey('gmail', 't1'));
    expect(finalThreadAnswer(record, { day: DAY, input, build: BUILD })?.tracked[0]?.invoice.id).toBe('i1');
    // The same thread sent with its keys in another order is the same reading; a mail more, another day or build is not.
    const reordered = { thread: { messages: [{ text: 'Bonjour', id: 'm1' }], subject: 'Facture F-1', threadId: 't1' }, webmail: 'gmail' };
    expect(await threadReadingDigest(reordered)).toBe(input);
    const more = await threadReadingDigest({ ...reading, thread: { ...reading.thread, messages: [...reading.thread.messages, { id: 'm2', text: 'Payé' }] } });
    expect(finalThreadAnswer(record, { day: DAY, input: more, build: BUILD })).toBeUndefined();
    expect(finalThreadAnswer(record, { day: '2026-11-04', input, build: BUILD })).toBeUndefined();
    expect(finalThreadAnswer(record, { day: DAY, input, build: '1.4.1' })).toBeUndefined();

    // A change to what it shows during the reading (here, its client): kept to be shown while the thread is read, not final.
    const during = shown.mark();
    await shown.forget(change({ clients: ['c0'] }), counted());
    expect(shown.changedSince(withInvoice(2), during)).toBe(true);
    await shown.remember('gmail', 't2', DAY, withInvoice(2), { input, since: during });
    const t2 = area.items.get(shownThreadKey('gmail', 't2'));
    expect(shownThreadState(t2, DAY)?.tracked).toHaveLength(1);
    expect(finalThreadAnswer(t2, { day: DAY, input, build: BUILD })).toBeUndefined();
  });

  it('records the store’s count of changes once their records are dropped, and drops every record when a count was never heard', async () => {
    const area = memoryArea();
    const first = shownThreads(area, { build: BUILD, changeCount: async () => 0 });
    await first.remember('gmail', 't1', DAY, withInvoice(1));
    await first.forget(change({ invoices: ['i9'] }), 7);
    expect(area.items.get('shown:through')).toBe(7);
    expect(area.items.has(shownThreadKey('gmail', 't1'))).toBe(true);
    // The worker stopped after the store counted change 8 and before its records were dropped: the next one drops all.
    const next = shownThreads(area, { build: BUILD, changeCount: async () => 8 });
    await next.remember('gmail', 't2', DAY, withInvoice(2));
    expect(area.items.has(shownThreadKey('gmail', 't1'))).toBe(false);
    expect(area.items.get('shown:through')).toBe(8);
    // Caught up: the records stay.
    shownThreads(area, { build: BUILD, changeCount: async () => 8 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(area.items.has(shownThreadKey('gmail', 't2'))).toBe(true);
  });

  it('a first visit, whose reading tracks the invoice, is confirmed by a second reading that writes nothing and is kept final', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const area = memoryArea();
      const ctx = { ...demoContext(), shownThreads: shownThreads(area, { build: BUILD }) };
      const counts: number[] = [];
      ctx.store.onChange((c, n) => {
        counts.push(n);
        void ctx.shownThreads.forget(c, n);
      });
      const thread = demoThread('Facture F-2026-031');
      const state = await threadView({ type: 'thread:view', webmail: 'gmail', thread }, ctx);
      const written = counts.length;
      expect(written).toBeGreaterThan(0);
      await settle();
      // The confirming reading wrote nothing, and its answer is the first one.
      expect(counts).toHaveLength(written);
      const input = await threadReadingDigest({ webmail: 'gmail', thread });
      expect(finalThreadAnswer(area.items.get(shownThreadKey('gmail', thread.threadId)), { day: ctx.today(), input, build: BUILD })).toEqual(state);
      expect(area.items.get('shown:through')).toBe(await ctx.store.changeCount());
    } finally {
      vi.useRealTimers();
    }
  });

  it('a reading that began before midnight is kept under the day it began, and never as final', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const area = memoryArea();
      let day = '2026-11-23';
      const ctx = { ...demoContext(), today: () => day, shownThreads: shownThreads(area, { build: BUILD }) };
      const thread = demoThread('Facture F-2026-027');
      await threadView({ type: 'thread:view', webmail: 'gmail', thread }, ctx);
      day = '2026-11-24';
      await settle();
      const record = area.items.get(shownThreadKey('gmail', thread.threadId));
      expect(shownThreadState(record, '2026-11-23')?.tracked[0]?.invoice.number).toBe('F-2026-027');
      expect(shownThreadState(record, '2026-11-24')).toBeUndefined();
      const input = await threadReadingDigest({ webmail: 'gmail', thread });
      expect(finalThreadAnswer(record, { day: '2026-11-23', input, build: BUILD })).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
