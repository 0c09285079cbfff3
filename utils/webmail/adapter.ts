import type { MailAddress, MailMessage } from '../mail/types';
import type { ErrorCode } from '../errors/error-code';

/**
 * The one interface every webmail adapter implements (Gmail, Outlook).
 * The content script, the sidebar and the background only know this; only `utils/webmail/<site>/` knows a DOM.
 */

export interface ThreadView {
  /** The webmail's stable thread/conversation id. */
  threadId: string;
  subject: string;
  /** Every message the page has rendered (expanded ones with body; collapsed ones once rendered). */
  messages: MailMessage[];
  /** URL that opens this thread again (used by the dashboard and the popup). */
  url: string;
  /** The signed-in account's address, when the page shows it: never taken for the debtor. */
  account?: string;
}

export type PageState =
  | { kind: 'thread'; thread: ThreadView }
  | { kind: 'list'; threadIds: string[] }
  | { kind: 'other' }
  /** The page is the webmail but we cannot find what we need: the sidebar says so, the page keeps working. */
  | { kind: 'unreadable'; reason: string };

export interface ComposeRequest {
  /** Reply in this thread; refused ('thread-changed') when it is no longer the open one. Absent: a new message. */
  threadId?: string;
  to: MailAddress[];
  subject: string;
  /** Plain text; inserted above any quoted text. */
  body: string;
}

export interface InsertResult {
  ok: boolean;
  /** The body was read back from the compose and holds the text. */
  verified: boolean;
  /** Identifies the compose so a later send can be matched to this insertion. */
  composeId?: string;
  /** Why nothing was inserted, or why the insertion is unverified. */
  error?: Extract<
    ErrorCode,
    'thread-changed' | 'reply-not-opened' | 'compose-not-opened' | 'compose-body-not-found' | 'body-not-verified' | 'fields-not-kept' | 'compose-failed'
  >;
  /** The webmail's own account of it, in English: a technical detail. */
  detail?: string;
}

/** A send the webmail confirmed (notice shown, message in thread/Sent) and that was not undone. */
export interface SentNotice {
  composeId: string;
  threadId?: string;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** The final body text as sent (the user may have edited it). */
  body: string;
}

/** A small status mark shown on a thread's row in the message list. */
export interface ListChip {
  label: string; // e.g. "J+12 · relance 2"
  tone: 'neutral' | 'warning' | 'danger' | 'ok';
  title?: string;
}

export interface WebmailAdapter {
  readonly webmail: 'gmail' | 'outlook';
  /** Reads the page now. Never throws: failures become `unreadable`. */
  read(): PageState;
  /** Calls back (batched, off Gmail's hot path) whenever the state may have changed; returns the stop function. */
  observe(onChange: (state: PageState) => void): () => void;
  /** Opens a reply (or a new mail) and inserts the text so the webmail registers it. */
  insertReminder(req: ComposeRequest): Promise<InsertResult>;
  /** Calls back once per confirmed send of a compose we filled; returns the stop function. */
  onSent(cb: (notice: SentNotice) => void): () => void;
  /** Calls back with the thread whose row in the list the user's pointer rests on or clicks (they may open it); returns the stop function. */
  onRowPointer?(cb: (threadId: string) => void): () => void;
  /** Calls back as the webmail moves to another view (a thread may be opening), before it renders it; returns the stop function. */
  onNavigate?(cb: () => void): () => void;
  /** Shows chips on the rows of these threads (and removes stale ones). */
  setListChips(chips: Record<string, ListChip>): void;
  /** Opens this thread in this tab by the webmail's own address for it (the round goes from thread to thread). */
  openThread(threadId: string): void;
  /** The webmail's own search for these words, as a link, when the webmail has search URLs. */
  searchUrl?(query: string): string;
  /** Bytes of an attachment through the webmail's own same-origin download link, when it has one; rejects past `maxBytes` without reading the rest. */
  attachmentBytes?(url: string, maxBytes: number): Promise<Uint8Array>;
  /**
   * What the user copies to report a page Relance cannot read: which hooks of the selector table match now, and an
   * anonymised outline of the page (tags, roles, class and attribute names, counts; no text, addresses or id values).
   */
  diagnose(): string;
}
