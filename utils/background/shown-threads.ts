import { SHOWN_THREAD_VERSION, shownThreadKey, type ShownThread } from '../model/shown-thread';
import type { ThreadState } from '../model/view';

/** The part of a storage area (browser.storage.local) the records need. */
export interface RecordArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ShownThreads {
  /** Keeps what a thread with tracked invoices was answered; a thread with none is not kept. */
  remember(webmail: string, threadId: string, day: string, state: ThreadState): Promise<void>;
  /** Drops every record: after any write, a record may show what is no longer so. */
  forgetAll(): Promise<void>;
}

/** Threads kept: the ones a user goes back to in a day. */
const KEPT = 30;
/** The keys of the records, oldest first, so that forgetting them needs no listing of the whole area. */
const INDEX_KEY = 'shown:index';
/**
 * A thread changing under the user's eyes (replies arriving) is written at most once in this time, with its latest
 * answer: the record serves the next visit, and each write (tens of KB through the browser process) ran while the page
 * rendered that same answer (issue 17: six interleaved pairs on two cores, the open Gmail thread's cost per change 2.77 -> 2.39 ms).
 */
const REWRITE_AFTER_MS = 1000;

/**
 * The records of the threads the sidebar showed (utils/model/shown-thread.ts). Operations run one after the other, so
 * the index never misses a record written meanwhile; a failed write loses only the speed-up, never an answer.
 */
export function shownThreads(area: RecordArea, now: () => number = Date.now): ShownThreads {
  let queue: Promise<unknown> = Promise.resolve();
  // What each key last held, as written, and when: an answer identical to the record is not written again.
  const written = new Map<string, { json: string; at: number }>();
  // The latest answer of a thread written less than REWRITE_AFTER_MS ago, until that time is over.
  const waiting = new Map<string, { record: ShownThread; json: string; generation: number; done: Promise<void> }>();
  // Bumped by forgetAll: an answer given before it may show what a write changed since, and is not written.
  let generation = 0;
  const inTurn = (work: () => Promise<void>): Promise<void> => {
    const next = queue.then(work).catch(() => undefined);
    queue = next;
    return next;
  };
  const index = async (): Promise<string[]> => {
    const value = (await area.get(INDEX_KEY))[INDEX_KEY];
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  };
  const save = (key: string, record: ShownThread, json: string, asOf: number) =>
    inTurn(async () => {
      if (asOf !== generation || written.get(key)?.json === json) return;
      const keys = [...(await index()).filter((k) => k !== key), key];
      const dropped = keys.splice(0, Math.max(0, keys.length - KEPT));
      for (const k of dropped) written.delete(k);
      if (dropped.length) await area.remove(dropped);
      await area.set({ [key]: record, [INDEX_KEY]: keys });
      written.set(key, { json, at: now() });
    });
  return {
    remember(webmail, threadId, day, state) {
      const key = shownThreadKey(webmail, threadId);
      if (!state.tracked.length) {
        waiting.delete(key);
        // An invoice leaves a thread only through a write, which forgot every record already.
        return inTurn(async () => {
          if (written.delete(key)) await area.remove(key);
        });
      }
      const record: ShownThread = { v: SHOWN_THREAD_VERSION, day, state };
      const json = JSON.stringify(record);
      const pending = waiting.get(key);
      if (pending) {
        Object.assign(pending, { record, json, generation });
        return pending.done;
      }
      const last = written.get(key);
      if (last?.json === json) return Promise.resolve();
      const wait = last ? last.at + REWRITE_AFTER_MS - now() : 0;
      if (wait <= 0) return save(key, record, json, generation);
      const entry = { record, json, generation, done: Promise.resolve() };
      entry.done = new Promise((resolve) => setTimeout(resolve, wait)).then(() => {
        if (waiting.get(key) !== entry) return;
        waiting.delete(key);
        return save(key, entry.record, entry.json, entry.generation);
      });
      waiting.set(key, entry);
      return entry.done;
    },
    forgetAll: () => {
      generation++;
      waiting.clear();
      return inTurn(async () => {
        const keys = await index();
        written.clear();
        if (keys.length) await area.remove([...keys, INDEX_KEY]);
      });
    },
  };
}
