import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { threadView } from '../../../utils/background/handlers/thread';
import { shownThreads, type RecordArea } from '../../../utils/background/shown-threads';
import { shownThreadKey, shownThreadState } from '../../../utils/model/shown-thread';
import type { ThreadState } from '../../../utils/model/view';
import { demoContext, demoThread } from './demo-mailbox';

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

const withInvoice = (n: number) => ({ tracked: [{ invoice: { id: `i${n}`, number: `F-${n}` } }], today: [] }) as unknown as ThreadState;
const DAY = '2026-11-03';

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
    expect(shownThreadState({ ...(record as object), v: 2 }, DAY)).toBeUndefined();
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
      // A write elsewhere forgets every record: an answer waiting from before it is not written.
      const waiting = shown.remember('gmail', 't1', DAY, withInvoice(5));
      await shown.forgetAll();
      await vi.advanceTimersByTimeAsync(1500);
      await waiting;
      expect(area.items.has(key)).toBe(false);
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
    await shown.forgetAll();
    expect(area.items.size).toBe(0);
  });

  it('a thread view keeps its answer after answering, with the day it was answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const area = memoryArea();
      const ctx = { ...demoContext(), shownThreads: shownThreads(area) };
      const state = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demoThread('Facture F-2026-027') }, ctx);
      expect(area.sets).toBe(0);
      await vi.runAllTimersAsync();
      const kept = shownThreadState(area.items.get(shownThreadKey('gmail', demoThread('Facture F-2026-027').threadId)), ctx.today());
      expect(kept?.tracked[0]?.invoice.number).toBe('F-2026-027');
      expect(kept).toEqual(state);
    } finally {
      vi.useRealTimers();
    }
  });
});
