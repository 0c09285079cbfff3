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
 * The records of the threads the sidebar showed (utils/model/shown-thread.ts). Operations run one after the other, so
 * the index never misses a record written meanwhile; a failed write loses only the speed-up, never an answer.
 */
export function shownThreads(area: RecordArea): ShownThreads {
  let queue: Promise<unknown> = Promise.resolve();
  // What each key last held, as written: an answer identical to the record is not written again.
  const written = new Map<string, string>();
  const inTurn = (work: () => Promise<void>): Promise<void> => {
    const next = queue.then(work).catch(() => undefined);
    queue = next;
    return next;
  };
  const index = async (): Promise<string[]> => {
    const value = (await area.get(INDEX_KEY))[INDEX_KEY];
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  };
  return {
    remember: (webmail, threadId, day, state) =>
      inTurn(async () => {
        const key = shownThreadKey(webmail, threadId);
        if (!state.tracked.length) {
          // An invoice leaves a thread only through a write, which forgot every record already.
          if (written.delete(key)) await area.remove(key);
          return;
        }
        const record: ShownThread = { v: SHOWN_THREAD_VERSION, day, state };
        const json = JSON.stringify(record);
        if (written.get(key) === json) return;
        const keys = [...(await index()).filter((k) => k !== key), key];
        const dropped = keys.splice(0, Math.max(0, keys.length - KEPT));
        for (const k of dropped) written.delete(k);
        if (dropped.length) await area.remove(dropped);
        await area.set({ [key]: record, [INDEX_KEY]: keys });
        written.set(key, json);
      }),
    forgetAll: () =>
      inTurn(async () => {
        const keys = await index();
        written.clear();
        if (keys.length) await area.remove([...keys, INDEX_KEY]);
      }),
  };
}
