import type { MailAddress } from '../../mail/types';
import type { SentNotice } from '../adapter';
import { flatText, elementText } from '../element-text';
import { composeAround, composeIdOf, snapshotCompose, type ComposeSnapshot } from './compose-form';
import { legacyHexId } from './gmail-ids';
import { idAttribute } from '../id-attribute';
import { messageTime } from './read-thread';
import { isShown } from './visibility';
import { findAll, findFirst, matchesAny } from './selectors';

/**
 * "Send clicked" is not "sent" (research §1.4, lesson 4). A send of a compose we filled is recorded only when Gmail
 * confirms it, from several signals so that losing one hook neither records a wrong send nor misses a real one:
 * - the message appears in the thread with a current date and Gmail's synced id (a legacy id / `#msg-f:`), not only
 *   the draft id it shows while the send can be undone: the signal Gmail itself depends on, which still holds when
 *   the notice changes beyond our hooks;
 * - the "Message sent" notice offered Undo, then stopped offering it (or only offered View message); while Undo is
 *   offered nothing is confirmed;
 * - undo: the Undo link, the `z` shortcut, or the compose coming back (same compose id, or holding our text) cancels
 *   it; so do a validation dialog and a compose that never closes.
 * Polling runs only while a send is pending.
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
  /** The first line of the body as sent: finds the message in the thread, or the compose coming back. */
  marker: string;
  startedAt: number;
  messageIdsBefore: Set<string>;
  /** The notice offered Undo for this send. */
  sawUndo: boolean;
  /** The compose went away after the click (so its return means Undo). */
  composeLeft: boolean;
  /** Since when a confirming signal holds with no Undo offered. */
  quietSince: number;
}

const POLL_MS = 200;
/** Gmail's longest Undo Send window is 30 s; past it plus a margin the send happened. */
const UNDO_WINDOW_MS = 35_000;
/** After the Undo link goes, a `z`-shortcut undo may still reopen the compose: wait this long before confirming. */
const SETTLE_MS = 800;
/** A compose still open this long after Send was refused by Gmail (a dialog, an invalid address). */
const REFUSED_MS = 1500;
const NO_SIGNAL_GIVE_UP_MS = 15_000;
/** A message dated within this much of now is the one just sent (Gmail's date titles have minute precision). */
const CURRENT_DATE_MS = 10 * 60_000;

function visible(doc: Document, name: 'sendBlocked'): HTMLElement | null {
  return findAll(doc, name).find(isShown) ?? null;
}

/** The Undo or View-message links of the notice bar while it shows. */
function noticeLinks(doc: Document, name: 'sentUndo' | 'sentView'): HTMLElement[] {
  return findAll(doc, 'notice')
    .filter(isShown)
    .flatMap((notice) => findAll(notice, name))
    .filter(isShown);
}

function renderedMessageIds(doc: Document): Set<string> {
  return new Set(findAll(doc, 'message').map((el) => idAttribute(el, 'data-message-id')));
}

/** Gmail has synced the message: it carries a server id (a legacy hex id or `#msg-f:`), not only a draft `#msg-a:` id. */
function isSynced(el: Element): boolean {
  return legacyHexId(idAttribute(el, 'data-legacy-message-id') || idAttribute(el, 'data-message-id')) !== '';
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
    const marker = flatText(snapshot.body.split('\n').find((line) => line.trim()) ?? '');
    pending.set(composeId, {
      snapshot,
      filled: info,
      marker,
      startedAt: Date.now(),
      messageIdsBefore: renderedMessageIds(doc),
      sawUndo: false,
      composeLeft: false,
      quietSince: 0,
    });
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

  /** The compose is open: still (refused), or again (undone). Gmail may give it back under a new compose id. */
  const composeOpen = (composeId: string, send: PendingSend) =>
    findAll(doc, 'compose').some((compose) => {
      if (!compose.isConnected || !isShown(compose)) return false;
      if (composeIdOf(compose) === composeId) return true;
      const body = findFirst(compose, 'composeBody');
      return send.marker !== '' && body !== null && flatText(elementText(body)).includes(send.marker);
    });

  /** Our message rendered in the thread since the click, dated now; 'synced' once it has Gmail's server id. */
  const arrival = (send: PendingSend): 'none' | 'shown' | 'synced' => {
    if (!send.marker) return 'none';
    let found: 'none' | 'shown' = 'none';
    for (const el of findAll(doc, 'message')) {
      if (send.messageIdsBefore.has(idAttribute(el, 'data-message-id'))) continue;
      if (!flatText(elementText(el)).includes(send.marker)) continue;
      if (!(Math.abs(messageTime(el) - Date.now()) <= CURRENT_DATE_MS)) continue;
      if (isSynced(el)) return 'synced';
      found = 'shown';
    }
    return found;
  };

  function poll() {
    const now = Date.now();
    const undo = noticeLinks(doc, 'sentUndo').length > 0;
    const view = noticeLinks(doc, 'sentView').length > 0;
    for (const [composeId, send] of pending) {
      const age = now - send.startedAt;
      if (composeOpen(composeId, send)) {
        if (send.composeLeft || send.sawUndo || age > REFUSED_MS) finish(composeId, false);
        continue;
      }
      send.composeLeft = true;
      if (visible(doc, 'sendBlocked') && !send.sawUndo) {
        finish(composeId, false);
        continue;
      }
      // While Gmail offers Undo nothing is confirmed (it shows the reply in the thread before the undo window ends).
      if (undo) {
        send.sawUndo = true;
        send.quietSince = 0;
        if (age > UNDO_WINDOW_MS) finish(composeId, true);
        continue;
      }
      if (send.sawUndo || view || arrival(send) === 'synced') {
        send.quietSince ||= now;
        if (now - send.quietSince >= SETTLE_MS) finish(composeId, true);
      } else if (age > NO_SIGNAL_GIVE_UP_MS) {
        finish(composeId, false);
      }
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
    if (pending.size > 0 && noticeLinks(doc, 'sentUndo').some((undo) => undo.contains(target))) {
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
    if (event.key === 'z' && !editable && !event.ctrlKey && !event.metaKey && pending.size > 0 && noticeLinks(doc, 'sentUndo').length > 0) {
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
