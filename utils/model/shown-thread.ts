import type { ThreadState } from './view';
import { canonicalJson } from '../evidence/canonical-json';
import { sha256Hex } from '../evidence/sha256';

/**
 * A thread's sidebar as the background last answered it, kept in the extension's local storage so that opening the
 * thread again shows it at once while a stopped worker wakes up and reads the thread afresh (issue 17). Only the
 * background writes it; the sidebar reads it, shows it as being updated, and replaces it with the answer.
 */
export interface ShownThread {
  /** The record's shape; another version (an older extension's) is ignored. */
  v: 2;
  /** The day it was answered (YYYY-MM-DD, the user's calendar): days late and interest change with the day. */
  day: string;
  state: ThreadState;
  /**
   * Present when nothing the answer shows changed from the moment its reading began to the moment it was kept: it is
   * then THE answer to the same thread read again by the same extension on the same day (finalThreadAnswer), and a
   * woken worker gives it without reading the thread again. Absent: the record is only shown while the thread is read.
   */
  final?: { input: string; build: string };
}

export const SHOWN_THREAD_VERSION = 2;

/**
 * Where the background notes the count of store changes (utils/store/schema.ts CHANGES_KEY) whose records it has
 * dropped: a final record is trusted only while it has caught up with the database's own count.
 */
export const SHOWN_THROUGH_KEY = 'shown:through';

/** What a thread view reads, as sent (webmail, thread, e-invoice facts): key order and absent members do not matter. */
export interface ThreadReading {
  webmail: string;
  thread: unknown;
  einvoice?: unknown;
}

/** SHA-256 of the reading's canonical JSON: equal for the same thread sent again, whoever serialised it. */
export function threadReadingDigest({ webmail, thread, einvoice }: ThreadReading): Promise<string> {
  return sha256Hex(canonicalJson({ webmail, thread, einvoice }));
}

/**
 * The answer a stored record gives to a thread read again, when it is final for that very reading (same digest, same
 * extension build, same day); anything else is no answer, and the thread is read.
 */
export function finalThreadAnswer(value: unknown, expect: { day: string; input: string; build: string }): ThreadState | undefined {
  const state = shownThreadState(value, expect.day);
  const final = (value as Partial<ShownThread> | undefined)?.final;
  return state && final?.input === expect.input && final.build === expect.build ? state : undefined;
}

/**
 * Whether a stored record may answer the thread when it is opened again today by this build: final, of today, of this
 * build. Whether it is final for what the thread then holds (its digest) is known only when it is sent.
 */
export function finalToday(value: unknown, expect: { day: string; build: string }): boolean {
  return !!shownThreadState(value, expect.day) && (value as Partial<ShownThread>).final?.build === expect.build;
}

/** The storage key of a thread's record: thread ids are the webmail's own, so the webmail is part of the key. */
export const shownThreadKey = (webmail: string, threadId: string): string => `shown:${webmail}:${threadId}`;

/** The state a stored record holds when it was answered on `today` with tracked invoices; anything else is no record. */
export function shownThreadState(value: unknown, today: string): ThreadState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<ShownThread>;
  if (record.v !== SHOWN_THREAD_VERSION || record.day !== today) return undefined;
  const state = record.state;
  return state && Array.isArray(state.tracked) && state.tracked.length > 0 && Array.isArray(state.today) ? state : undefined;
}

/**
 * What a thread's answer shows, as tags a change is matched against (utils/store/store-change.ts): each tracked
 * invoice, its client and its number (the threads and replies read under it), and the invoices of the payment notices.
 */
export function shownThreadTags(state: ThreadState): string[] {
  const tags = new Set<string>();
  for (const view of state.tracked) {
    tags.add(shownTag.invoice(view.invoice.id)).add(shownTag.number(view.invoice.number));
    if (view.client?.id) tags.add(shownTag.client(view.client.id));
  }
  for (const notice of state.payments ?? []) tags.add(shownTag.invoice(notice.invoiceId)).add(shownTag.number(notice.number));
  return [...tags];
}

/** One tag format for what a record shows and for what a change touched (utils/background/shown-threads.ts). */
export const shownTag = {
  invoice: (id: string) => `invoice:${id}`,
  client: (id: string) => `client:${id}`,
  number: (number: string) => `number:${number}`,
};
