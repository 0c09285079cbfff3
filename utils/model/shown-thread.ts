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
