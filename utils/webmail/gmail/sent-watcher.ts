import type { MailAddress } from '../../mail/types';
import type { SentNotice } from '../adapter';
import { flatText, elementText } from '../element-text';
import { composeAround, composeIdOf, snapshotCompose, type ComposeSnapshot } from './compose-form';
import { isShown } from './read-gmail-page';
import { findAll, findFirst, matchesAny } from './selectors';

/**
 * "Send clicked" is not "sent" (research §1.4, lesson 4). A send of a compose we filled is recorded only when Gmail
 * confirms it: the "Message sent" notice's Undo link came and went without Undo (or the notice shows only "View
 * message"), or, without any notice, the message appeared in the thread. Undo (the link, the `z` shortcut, the
 * compose coming back) and validation dialogs cancel it. Polling runs only while a send is pending.
 */

/** What insertReminder remembers about a compose it filled. */
export interface FilledCompose {
  threadId?: string;
  to: MailAddress[];
  subject: string;
}

interface PendingSend {
  snapshot: ComposeSnapshot;
  filled: FilledCompose;
  startedAt: number;
  messageIdsBefore: Set<string>;
  sawNotice: boolean;
  undoGoneAt: number;
}

const POLL_MS = 200;
/** Gmail's longest Undo Send window is 30 s; past it plus a margin the send happened. */
const UNDO_WINDOW_MS = 35_000;
/** After the Undo link goes, a `z`-shortcut undo may still reopen the compose: wait this long before confirming. */
const SETTLE_MS = 800;
const NO_NOTICE_GIVE_UP_MS = 15_000;

function visible(doc: Document, name: 'sentUndo' | 'sentView' | 'sendBlocked'): HTMLElement | null {
  return findAll(doc, name).find(isShown) ?? null;
}

function renderedMessageIds(doc: Document): Set<string> {
  return new Set(Array.from(doc.querySelectorAll('[data-message-id]'), (el) => el.getAttribute('data-message-id') ?? ''));
}

/** Watches sends of the composes in `filled`; calls `emit` once per confirmed send. Returns the stop function. */
export function watchSends(doc: Document, win: Window, filled: Map<string, FilledCompose>, emit: (notice: SentNotice) => void): () => void {
  const pending = new Map<string, PendingSend>();
  let timer = 0;

  const start = (compose: Element) => {
    const composeId = composeIdOf(compose);
    const info = filled.get(composeId);
    if (!info || pending.has(composeId)) return;
    const snapshot = snapshotCompose(compose);
    pending.set(composeId, { snapshot, filled: info, startedAt: Date.now(), messageIdsBefore: renderedMessageIds(doc), sawNotice: false, undoGoneAt: 0 });
    if (!timer) timer = win.setInterval(guard(poll), POLL_MS);
  };

  const finish = (composeId: string, confirmed: boolean) => {
    const send = pending.get(composeId);
    pending.delete(composeId);
    if (pending.size === 0 && timer) {
      win.clearInterval(timer);
      timer = 0;
    }
    if (!send || !confirmed) return;
    filled.delete(composeId);
    const { snapshot, filled: info } = send;
    emit({
      composeId,
      threadId: info.threadId,
      // A collapsed reply may show no chips: the debtor we replied to is the recipient.
      to: snapshot.to.length > 0 ? snapshot.to : info.to,
      cc: snapshot.cc,
      subject: snapshot.subject || info.subject,
      body: snapshot.body,
    });
  };

  const composeBack = (composeId: string) =>
    findAll(doc, 'compose').some((compose) => compose.isConnected && isShown(compose) && composeIdOf(compose) === composeId);

  const appearedInThread = (send: PendingSend) => {
    const firstLine = flatText(send.snapshot.body.split('\n').find((line) => line.trim()) ?? '');
    if (!firstLine) return false;
    return Array.from(doc.querySelectorAll('[data-message-id]')).some(
      (el) => !send.messageIdsBefore.has(el.getAttribute('data-message-id') ?? '') && flatText(elementText(el)).includes(firstLine),
    );
  };

  function poll() {
    const now = Date.now();
    const undo = visible(doc, 'sentUndo');
    const view = visible(doc, 'sentView');
    for (const [composeId, send] of pending) {
      const age = now - send.startedAt;
      if (composeBack(composeId)) {
        // Still open after the click (Gmail refused it) or reopened by Undo.
        if (age > 1500 || send.sawNotice) finish(composeId, false);
        continue;
      }
      if (visible(doc, 'sendBlocked') && !send.sawNotice) {
        finish(composeId, false);
        continue;
      }
      if (undo) {
        send.sawNotice = true;
        send.undoGoneAt = 0;
      } else if (send.sawNotice || view) {
        send.sawNotice = true;
        send.undoGoneAt ||= now;
        if (now - send.undoGoneAt >= SETTLE_MS) finish(composeId, true);
      } else if (age > 3000 && appearedInThread(send)) {
        finish(composeId, true);
      } else if (age > NO_NOTICE_GIVE_UP_MS) {
        finish(composeId, false);
      }
      if (send.sawNotice && age > UNDO_WINDOW_MS && pending.has(composeId)) finish(composeId, true);
    }
  }

  function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        fn(...args);
      } catch {
        // Gmail must never see our errors; a failed check only means this send is not recorded.
      }
    };
  }

  const onClick = guard((event: Event) => {
    const target = event.target as Element | null;
    if (!target?.closest) return;
    if (pending.size > 0 && findAll(doc, 'sentUndo').some((undo) => undo.contains(target))) {
      for (const composeId of [...pending.keys()]) finish(composeId, false);
      return;
    }
    const button = target.closest('[role=button]');
    const compose = button && composeAround(button);
    if (compose && matchesAny(button, 'sendButton')) start(compose);
  });

  const onKeyDown = guard((event: KeyboardEvent) => {
    const target = event.target as Element | null;
    if (!target?.closest) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      const compose = composeAround(target);
      if (compose) start(compose);
      return;
    }
    const button = target.closest('[role=button]');
    if ((event.key === 'Enter' || event.key === ' ') && button && matchesAny(button, 'sendButton')) {
      const compose = composeAround(button);
      if (compose) start(compose);
      return;
    }
    // Gmail's `z` shortcut undoes the last action, a send included, while the notice is up.
    const editable = target.closest('input, textarea, [contenteditable=true]');
    if (event.key === 'z' && !editable && !event.ctrlKey && !event.metaKey && pending.size > 0 && findFirst(doc, 'sentUndo')) {
      for (const composeId of [...pending.keys()]) finish(composeId, false);
    }
  });

  // Capture phase on the window: we read the compose before Gmail's own handlers close it.
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeyDown, true);
  return () => {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKeyDown, true);
    if (timer) win.clearInterval(timer);
    timer = 0;
    pending.clear();
  };
}
