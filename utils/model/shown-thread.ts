import type { ThreadState } from './view';

/**
 * A thread's sidebar as the background last answered it, kept in the extension's local storage so that opening the
 * thread again shows it at once while a stopped worker wakes up and reads the thread afresh (issue 17). Only the
 * background writes it; the sidebar reads it, shows it as being updated, and replaces it with the answer.
 */
export interface ShownThread {
  /** The record's shape; another version (an older extension's) is ignored. */
  v: 1;
  /** The day it was answered (YYYY-MM-DD, the user's calendar): days late and interest change with the day. */
  day: string;
  state: ThreadState;
}

export const SHOWN_THREAD_VERSION = 1;

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
