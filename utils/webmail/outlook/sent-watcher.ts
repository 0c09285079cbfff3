import type { PageState, SentNotice } from '../adapter';
import { type ComposeContent, composeEditors, composeRootOf, findDiscardButton, findSendButton, readCompose } from './compose-form';
import { elementText, flatText } from '../element-text';
import { findFirst } from './selectors';

/** A message dated within this much of now is the one just sent (Outlook shows minutes; clocks drift). */
const CURRENT_DATE_MS = 10 * 60_000;

export interface SentWatcherOptions {
  /** Reads the page (to see the sent message appear in its conversation). */
  readState: () => PageState;
  /** A send not confirmed within this delay is dropped: a missed send beats a false one. */
  confirmTimeoutMs?: number;
  /** A new message counts as sent once its compose has stayed closed, without error, this long (Outlook's undo window). */
  settleMs?: number;
}

interface Tracked {
  composeId: string;
  root: HTMLElement;
  threadId?: string;
  /** A line of the inserted text, to find the compose again if Outlook re-renders it. */
  marker: string;
  sending?: { at: number; content: ComposeContent; knownIds: Set<string>; goneAt?: number };
}

export interface SentWatcher {
  track(composeId: string, root: HTMLElement, threadId: string | undefined, insertedText: string): void;
  onSent(cb: (notice: SentNotice) => void): () => void;
}

/**
 * Turns "the user clicked Send (or Ctrl/Cmd+Enter) in a compose we filled" into a confirmed send, from several signals:
 * the compose closed with no error showing, and the message appeared in its conversation with a current date (a
 * reply) or the compose stayed gone past the undo window (a new message); the compose coming back is an Undo. A
 * Discard click, an error dialog or a compose that never closes records nothing.
 */
export function createSentWatcher(doc: Document, win: Window, options: SentWatcherOptions): SentWatcher {
  const confirmTimeoutMs = options.confirmTimeoutMs ?? 60_000;
  // Outlook's "Undo send" lasts up to 10 s and shows no hook we know: a new message counts only after that.
  const settleMs = options.settleMs ?? 10_500;
  const tracked = new Map<string, Tracked>();
  const listeners = new Set<(notice: SentNotice) => void>();
  let timer: number | undefined;

  const currentMessageIds = () => {
    const state = options.readState();
    return new Set(state.kind === 'thread' ? state.thread.messages.map((m) => m.id) : []);
  };
  const errorDialog = () => findFirst(doc, 'sendErrorDialog') !== null;
  const openEditorHolding = (marker: string) => composeEditors(doc).find((editor) => flatText(elementText(editor)).includes(marker)) ?? null;

  const markSending = (item: Tracked) => {
    item.sending = { at: Date.now(), content: readCompose(item.root), knownIds: currentMessageIds() };
  };

  const onClick = (event: Event) => {
    try {
      const target = event.target as Node | null;
      if (!target) return;
      for (const item of tracked.values()) {
        if (!item.root.contains(target)) continue;
        if (findSendButton(item.root)?.contains(target)) markSending(item);
        else if (findDiscardButton(item.root)?.contains(target)) tracked.delete(item.composeId);
      }
    } catch {
      // never break Outlook's own click handling
    }
  };
  const onKeydown = (event: Event) => {
    try {
      const key = event as KeyboardEvent;
      if (key.key !== 'Enter' || !(key.ctrlKey || key.metaKey)) return;
      for (const item of tracked.values()) if (item.root.contains(event.target as Node)) markSending(item);
    } catch {
      // same as above
    }
  };

  const emit = (item: Tracked, threadSubject: string | undefined) => {
    tracked.delete(item.composeId);
    const content = item.sending!.content;
    const notice: SentNotice = {
      composeId: item.composeId,
      ...(item.threadId ? { threadId: item.threadId } : {}),
      to: content.to,
      cc: content.cc,
      subject: content.subject || threadSubject || '',
      body: content.body,
    };
    for (const cb of listeners) {
      try {
        cb(notice);
      } catch {
        // one failing listener does not stop the others
      }
    }
  };

  const checkOne = (item: Tracked, now: number) => {
    const open = item.root.isConnected ? item.root : null;
    const { sending } = item;
    if (!sending) {
      if (open) return;
      // Outlook re-rendered the compose (or it was closed as a draft): follow it, or forget it.
      const editor = openEditorHolding(item.marker);
      if (editor) item.root = composeRootOf(editor);
      else tracked.delete(item.composeId);
      return;
    }
    if (now - sending.at > confirmTimeoutMs) {
      tracked.delete(item.composeId);
      return;
    }
    if (open) {
      // Back after closing (Undo send), or Outlook refused the send: nothing sent, wait for a new click.
      if (sending.goneAt !== undefined || errorDialog() || findFirst(open, 'sendErrorBar')) item.sending = undefined;
      return;
    }
    const marker = flatText(sending.content.body).slice(0, 80) || item.marker;
    const reopened = openEditorHolding(marker);
    if (reopened) {
      // Undo send, or a re-render: the compose is back, so nothing was sent (yet).
      item.root = composeRootOf(reopened);
      item.sending = undefined;
      return;
    }
    sending.goneAt ??= now;
    if (item.threadId) {
      const state = options.readState();
      if (state.kind !== 'thread' || state.thread.threadId !== item.threadId) return;
      // Our message, new in the conversation and dated now (an older message quoting the same words is not it).
      const arrived = state.thread.messages.some(
        (m) => !sending.knownIds.has(m.id) && Math.abs(Date.parse(m.date) - now) <= CURRENT_DATE_MS && flatText(m.text).includes(marker),
      );
      if (arrived) emit(item, state.thread.subject);
    } else if (now - sending.goneAt >= settleMs && !errorDialog()) {
      emit(item, undefined);
    }
  };

  const stopIfIdle = () => {
    if (tracked.size > 0 || timer === undefined) return;
    win.clearInterval(timer);
    timer = undefined;
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKeydown, true);
  };

  const tick = () => {
    const now = Date.now();
    for (const item of Array.from(tracked.values())) {
      try {
        checkOne(item, now);
      } catch {
        tracked.delete(item.composeId);
      }
    }
    stopIfIdle();
  };

  return {
    track(composeId, root, threadId, insertedText) {
      const marker = flatText(insertedText).slice(0, 80);
      tracked.set(composeId, { composeId, root, marker, ...(threadId ? { threadId } : {}) });
      if (timer !== undefined) return;
      // Capture phase: the compose's content is read before Outlook's own Send handler removes it.
      win.addEventListener('click', onClick, true);
      win.addEventListener('keydown', onKeydown, true);
      timer = win.setInterval(tick, 250);
    },
    onSent(cb) {
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
        // Nobody left to tell (the sidebar stopped): stop watching composes, as the Gmail adapter does.
        if (listeners.size === 0) {
          tracked.clear();
          stopIfIdle();
        }
      };
    },
  };
}
