import { SHOWN_THREAD_VERSION, SHOWN_THROUGH_KEY, shownTag, shownThreadKey, shownThreadTags, type ShownThread } from '../model/shown-thread';
import type { ThreadState } from '../model/view';
import type { StoreChange } from '../store/store-change';

/** The part of a storage area (browser.storage.local) the records need. */
export interface RecordArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ShownThreads {
  /** The changes heard so far: a reading beginning now is kept with it as `since`. */
  mark(): number;
  /** Whether a change heard after `since` touched what `state` shows. */
  changedSince(state: ThreadState, since: number): boolean;
  /**
   * Keeps what a thread with tracked invoices was answered; a thread with none is not kept. With the `reading` it
   * answered (its digest, the mark taken as it began), the record is final when nothing it shows changed since.
   */
  remember(webmail: string, threadId: string, day: string, state: ThreadState, reading?: { input: string; since: number }): Promise<void>;
  /** Drops the records that show what a write changed (every record for a change of everything); `count`: the store's. */
  forget(change: StoreChange, count: number): Promise<void>;
  /** Resolves once every operation asked so far is done. */
  drained(): Promise<void>;
}

export interface ShownThreadsOptions {
  now?: () => number;
  /** The extension's build, written in final records: another build may read a thread otherwise. Absent: none is final. */
  build?: string;
  /** The store's count of committed changes (RelanceStore.changeCount): records are dropped if some were never heard. */
  changeCount?: () => Promise<number>;
}

/** Threads kept: the ones a user goes back to in a day. */
const KEPT = 30;
/**
 * The records, oldest first, each with what it shows (shownThreadTags): forgetting reads this entry, not the records.
 * An entry written by an older extension is a bare key, and is dropped by any change.
 */
const INDEX_KEY = 'shown:index';
/**
 * A thread changing under the user's eyes (replies arriving) is written at most once in this time, with its latest
 * answer: the record serves the next visit, and each write (tens of KB through the browser process) ran while the page
 * rendered that same answer (issue 17: six interleaved pairs on two cores, the open Gmail thread's cost per change 2.77 -> 2.39 ms).
 */
const REWRITE_AFTER_MS = 1000;

interface IndexEntry {
  key: string;
  tags?: string[];
}

const changeTags = (change: StoreChange): string[] =>
  change.everything ? [] : [...change.invoices.map(shownTag.invoice), ...change.clients.map(shownTag.client), ...change.numbers.map(shownTag.number)];

/**
 * The records of the threads the sidebar showed (utils/model/shown-thread.ts). Operations run one after the other, so
 * the index never misses a record written meanwhile; a failed write loses only the speed-up, never an answer.
 */
export function shownThreads(area: RecordArea, { now = Date.now, build, changeCount }: ShownThreadsOptions = {}): ShownThreads {
  let queue: Promise<unknown> = Promise.resolve();
  // What each key last held, as written, and when: an answer identical to the record is not written again.
  const written = new Map<string, { json: string; at: number }>();
  // The latest answer of a thread written less than REWRITE_AFTER_MS ago, until that time is over.
  const waiting = new Map<string, { record: ShownThread; json: string; tags: string[]; asOf: number; done: Promise<void> }>();
  // Counts the changes heard; an answer given before a change to what it shows may show what is no longer so, and is
  // not written. When each tag (and everything) last changed, by that count.
  let changes = 0;
  let everythingAt = 0;
  const changedAt = new Map<string, number>();
  const staleSince = (tags: string[], asOf: number) => everythingAt > asOf || tags.some((tag) => (changedAt.get(tag) ?? 0) > asOf);

  const inTurn = (work: () => Promise<void>): Promise<void> => {
    const next = queue.then(work).catch(() => undefined);
    queue = next;
    return next;
  };
  const index = async (): Promise<IndexEntry[]> => {
    const value = (await area.get(INDEX_KEY))[INDEX_KEY];
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry): IndexEntry[] => {
      if (typeof entry === 'string') return [{ key: entry }];
      const { key, tags } = (entry ?? {}) as Partial<IndexEntry>;
      if (typeof key !== 'string') return [];
      return [Array.isArray(tags) ? { key, tags: tags.filter((t) => typeof t === 'string') } : { key }];
    });
  };
  // A worker stopped between a write and its forget left records showing what it changed: all are dropped, first.
  if (changeCount)
    void inTurn(async () => {
      const count = await changeCount();
      if ((await area.get(SHOWN_THROUGH_KEY))[SHOWN_THROUGH_KEY] === count) return;
      const keys = (await index()).map((e) => e.key);
      written.clear();
      await area.remove([...keys, INDEX_KEY]);
      await area.set({ [SHOWN_THROUGH_KEY]: count });
    });
  const save = (key: string, record: ShownThread, json: string, tags: string[], asOf: number) =>
    inTurn(async () => {
      if (staleSince(tags, asOf) || written.get(key)?.json === json) return;
      const entries = [...(await index()).filter((e) => e.key !== key), { key, tags }];
      const dropped = entries.splice(0, Math.max(0, entries.length - KEPT)).map((e) => e.key);
      for (const k of dropped) written.delete(k);
      if (dropped.length) await area.remove(dropped);
      await area.set({ [key]: record, [INDEX_KEY]: entries });
      written.set(key, { json, at: now() });
    });
  return {
    mark: () => changes,
    drained: () => inTurn(async () => {}),
    changedSince: (state, since) => staleSince(shownThreadTags(state), since),
    remember(webmail, threadId, day, state, reading) {
      const key = shownThreadKey(webmail, threadId);
      if (!state.tracked.length) {
        waiting.delete(key);
        // An invoice leaves a thread only through a write, which forgot the records showing it already.
        return inTurn(async () => {
          if (written.delete(key)) await area.remove(key);
        });
      }
      const tags = shownThreadTags(state);
      const final = reading && build && !staleSince(tags, reading.since) ? { input: reading.input, build } : undefined;
      const record: ShownThread = { v: SHOWN_THREAD_VERSION, day, state, ...(final ? { final } : {}) };
      const json = JSON.stringify(record);
      const pending = waiting.get(key);
      if (pending) {
        Object.assign(pending, { record, json, tags, asOf: changes });
        return pending.done;
      }
      const last = written.get(key);
      if (last?.json === json) return Promise.resolve();
      const wait = last ? last.at + REWRITE_AFTER_MS - now() : 0;
      if (wait <= 0) return save(key, record, json, tags, changes);
      const entry = { record, json, tags, asOf: changes, done: Promise.resolve() };
      entry.done = new Promise((resolve) => setTimeout(resolve, wait)).then(() => {
        if (waiting.get(key) !== entry) return;
        waiting.delete(key);
        return save(key, entry.record, entry.json, entry.tags, entry.asOf);
      });
      waiting.set(key, entry);
      return entry.done;
    },
    forget(change, count) {
      const tags = changeTags(change);
      changes++;
      if (change.everything) everythingAt = changes;
      for (const tag of tags) changedAt.set(tag, changes);
      const hit = (entry: IndexEntry) => change.everything || !entry.tags || entry.tags.some((tag) => tags.includes(tag));
      return inTurn(async () => {
        const entries = await index();
        const dropped = entries.filter(hit).map((e) => e.key);
        const kept = entries.filter((e) => !hit(e));
        if (dropped.length) {
          // What was written is gone; when stays, so that a thread changing under the user is still written once a second.
          for (const k of dropped) {
            const last = written.get(k);
            if (last) written.set(k, { json: '', at: last.at });
          }
          await area.remove(kept.length ? dropped : [...dropped, INDEX_KEY]);
        }
        // Only once its records are gone: a worker stopped before this line leaves the count behind the store's.
        await area.set({ ...(dropped.length && kept.length ? { [INDEX_KEY]: kept } : {}), [SHOWN_THROUGH_KEY]: count });
      });
    },
  };
}
