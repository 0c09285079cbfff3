import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keptThreadAnswer, soonNeedsEngine } from '../../../utils/background/kept-thread-answer';
import { readChangeCount } from '../../../utils/background/read-change-count';
import { SHOWN_THREAD_VERSION, SHOWN_THROUGH_KEY, shownThreadKey, threadReadingDigest, type ShownThread } from '../../../utils/model/shown-thread';
import type { ThreadState } from '../../../utils/model/view';
import { RelanceStore } from '../../../utils/store/relance-store';
import { openRelanceDb } from '../../../utils/store/open-db';

const DAY = '2026-11-23';
const BUILD = '0.1.0';
const thread = { threadId: 't1', subject: 'Facture F-1', url: 'https://mail.google.com/mail/u/0/#inbox/t1', messages: [{ id: 'm1', text: 'Bonjour' }] };
const state = { tracked: [{ invoice: { id: 'i1', number: 'F-1' }, client: { id: 'c1' } }], today: [] } as unknown as ThreadState;
const view = { type: 'thread:view', webmail: 'gmail', thread, token: 'tab-1', progressive: true };

async function sources(items: Record<string, unknown>, count: number | undefined) {
  return {
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, structuredClone(items[k])])),
    changeCount: async () => count,
    today: DAY,
    build: BUILD,
  };
}

describe('a woken worker answers from a kept record only when it is proven current (issue 17)', () => {
  it('answers the same thread sent again when the record is final and the store’s count was heard, and nothing else', async () => {
    const input = await threadReadingDigest(view);
    const record: ShownThread = { v: SHOWN_THREAD_VERSION, day: DAY, state, final: { input, build: BUILD } };
    const items = { [shownThreadKey('gmail', 't1')]: record, [SHOWN_THROUGH_KEY]: 4 };
    expect(await keptThreadAnswer(view, await sources(items, 4))).toEqual(state);
    // A change committed whose records were never dropped (the worker stopped between the two), or a count unknown.
    expect(await keptThreadAnswer(view, await sources(items, 5))).toBeUndefined();
    expect(await keptThreadAnswer(view, await sources(items, undefined))).toBeUndefined();
    // A reply more in the thread, another webmail's thread of that id, another request, a record not final.
    const more = { ...view, thread: { ...thread, messages: [...thread.messages, { id: 'm2', text: 'Payé' }] } };
    expect(await keptThreadAnswer(more, await sources(items, 4))).toBeUndefined();
    expect(await keptThreadAnswer({ ...view, webmail: 'outlook' }, await sources(items, 4))).toBeUndefined();
    expect(await keptThreadAnswer({ ...view, type: 'thread:update' }, await sources(items, 4))).toBeUndefined();
    const notFinal = { ...items, [shownThreadKey('gmail', 't1')]: { ...record, final: undefined } };
    expect(await keptThreadAnswer(view, await sources(notFinal, 4))).toBeUndefined();
  });

  it('leaves anything malformed to the engine, which validates it', async () => {
    const items = { [SHOWN_THROUGH_KEY]: 0 };
    for (const message of [null, 'thread:view', { type: 'thread:view' }, { type: 'thread:view', webmail: 'gmail', thread: { threadId: 7 } }]) {
      expect(await keptThreadAnswer(message, await sources(items, 0))).toBeUndefined();
    }
    // A value canonical JSON refuses (a function smuggled in) is no answer, not an exception.
    const odd = { ...view, thread: { ...thread, messages: [{ id: 'm1', text: () => 'x' }] } };
    expect(await keptThreadAnswer(odd, await sources(items, 0))).toBeUndefined();
  });

  it('a thread about to open starts the engine unless a record final today for this build will likely answer it', async () => {
    const record: ShownThread = { v: SHOWN_THREAD_VERSION, day: DAY, state, final: { input: 'digest', build: BUILD } };
    const items = { [shownThreadKey('gmail', 't1')]: record };
    const soon = { type: 'thread:soon', webmail: 'gmail', threadId: 't1' };
    expect(await soonNeedsEngine(soon, await sources(items, 0))).toBeUndefined();
    // Another thread, another webmail, yesterday's record, another build's, a record not final, a malformed message.
    expect(await soonNeedsEngine({ ...soon, threadId: 't2' }, await sources(items, 0))).toBe('start');
    expect(await soonNeedsEngine({ ...soon, webmail: 'outlook' }, await sources(items, 0))).toBe('start');
    expect(await soonNeedsEngine(soon, { ...(await sources(items, 0)), today: '2026-11-24' })).toBe('start');
    expect(await soonNeedsEngine(soon, { ...(await sources(items, 0)), build: '0.2.0' })).toBe('start');
    expect(await soonNeedsEngine(soon, await sources({ [shownThreadKey('gmail', 't1')]: { ...record, final: undefined } }, 0))).toBe('start');
    for (const message of [null, { type: 'thread:soon' }, { ...soon, threadId: 7 }, { ...soon, webmail: 1 }])
      expect(await soonNeedsEngine(message, await sources(items, 0))).toBe('start');
    // Storage failing: the engine gets ready, as for a first visit.
    expect(await soonNeedsEngine(soon, { ...(await sources(items, 0)), get: () => Promise.reject(new Error('closed')) })).toBe('start');
  });

  it('a wake-up naming no thread (the webmail navigating) loads the engine’s code without starting it, whatever is kept', async () => {
    const record: ShownThread = { v: SHOWN_THREAD_VERSION, day: DAY, state, final: { input: 'digest', build: BUILD } };
    const wake = { type: 'thread:soon', webmail: 'gmail' };
    expect(await soonNeedsEngine(wake, await sources({}, 0))).toBe('load');
    expect(await soonNeedsEngine(wake, await sources({ [shownThreadKey('gmail', 't1')]: record }, 0))).toBe('load');
  });

  it('reads the store’s count without the store, and creates no database where there is none', async () => {
    expect(await readChangeCount(indexedDB, 'relance-none')).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('relance-none');
    const name = `relance-count-${Math.random()}`;
    const store = new RelanceStore((onClose) => openRelanceDb(name, undefined, onClose));
    expect(await store.changeCount()).toBe(0);
    expect(await readChangeCount(indexedDB, name)).toBe(0);
    await store.saveSettings(await store.getSettings());
    expect(await readChangeCount(indexedDB, name)).toBe(1);
  });
});
