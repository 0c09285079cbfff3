import { finalThreadAnswer, finalToday, SHOWN_THROUGH_KEY, shownThreadKey, threadReadingDigest } from '../model/shown-thread';
import type { ThreadState } from '../model/view';

export interface KeptAnswerSources {
  /** browser.storage.local's get, for the thread's record and the count of changes its records caught up with. */
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** The store's own count of committed changes (read-change-count.ts); undefined when unknown. */
  changeCount(): Promise<number | undefined>;
  today: string;
  build: string;
}

/**
 * A thread view answered from the thread's kept record, without reading the thread: only when the record is final
 * for this very reading (same thread as sent, same day, same build: utils/model/shown-thread.ts) and every change the
 * store committed has had its records dropped (the counts agree). Anything else, a malformed message included, is no
 * answer: the engine reads the thread and validates the message as usual.
 */
export async function keptThreadAnswer(message: unknown, sources: KeptAnswerSources): Promise<ThreadState | undefined> {
  const { type, webmail, thread, einvoice } = (message ?? {}) as Record<string, unknown>;
  const threadId = (thread as { threadId?: unknown } | null | undefined)?.threadId;
  if (type !== 'thread:view' || typeof webmail !== 'string' || typeof threadId !== 'string') return undefined;
  const key = shownThreadKey(webmail, threadId);
  try {
    // The database is opened while the record is read; a thread with no final record (most first visits) is left to
    // the engine without waiting for it, nor for the digest (~10 ms of a 50-message thread's canonical JSON).
    const count = sources.changeCount();
    count.catch(() => undefined);
    const stored = await sources.get([key, SHOWN_THROUGH_KEY]);
    if (!(stored[key] as { final?: unknown } | undefined)?.final) return undefined;
    const input = threadReadingDigest({ webmail, thread, einvoice });
    input.catch(() => undefined);
    const committed = await count;
    if (committed === undefined || stored[SHOWN_THROUGH_KEY] !== committed) return undefined;
    return finalThreadAnswer(stored[key], { day: sources.today, input: await input, build: sources.build });
  } catch {
    // A message canonical JSON cannot write (a value JSON does not hold) or storage failing: the engine answers.
    return undefined;
  }
}

/**
 * What a thread about to open (thread:soon) needs of the engine now. `start` for a named thread whose kept record will
 * likely not answer its view. Nothing for one whose record will: the worker's script answers it, and a started engine
 * would only take that fast path away (it reads every thread). `load` (its code, not started) when the tab only woke
 * the worker, the webmail navigating before the thread is named: ready for either.
 */
export async function soonNeedsEngine(message: unknown, sources: Pick<KeptAnswerSources, 'get' | 'today' | 'build'>): Promise<'start' | 'load' | undefined> {
  const { webmail, threadId } = (message ?? {}) as Record<string, unknown>;
  // Anything malformed is the engine's to refuse.
  if (typeof webmail !== 'string') return 'start';
  if (threadId === undefined) return 'load';
  if (typeof threadId !== 'string') return 'start';
  const key = shownThreadKey(webmail, threadId);
  try {
    return finalToday((await sources.get([key]))[key], { day: sources.today, build: sources.build }) ? undefined : 'start';
  } catch {
    return 'start';
  }
}
