import type { MailAddress } from '../../mail/types';
import type { ComposeRequest, InsertResult, PageState, WebmailAdapter } from '../adapter';
import { findSubjectInput } from './compose-form';
import { applyListChips, isChipMutation } from './list-chips';
import { listChipHolder } from '../list-chip-holder';
import { openNewMessage, openReply } from './open-compose';
import { readAddresses } from './read-addresses';
import { readOutlookList, readOutlookPage, type OutlookListReading } from './read-outlook-page';
import { OUTLOOK_SELECTORS, findAll, findClosest, findFirst } from './selectors';
import { diagnosticReport } from '../diagnostic/diagnostic-report';
import { createSentWatcher } from './sent-watcher';
import { appendTextToField, insertTextAtTop, setInputValue } from './write-compose';
import { outlookThreadUrl } from './thread-url';
import { onRowPointer } from '../row-pointer';
import { onNavigate } from '../on-navigate';
import { idAttribute } from '../id-attribute';

/** Timings, shortened by tests. */
export interface OutlookAdapterOptions {
  /** How long to wait for Outlook to open a compose (ms). */
  composeTimeoutMs?: number;
  /** Drop a send not confirmed within this delay (ms). */
  confirmTimeoutMs?: number;
  /** A new message counts as sent once its compose stayed closed this long (ms): Outlook's undo-send window. */
  settleMs?: number;
  /** An `unreadable` reading is reported only once it lasted this long (ms): Outlook shows empty shells while loading. */
  unreadableGraceMs?: number;
  /** Safety sweep period (ms), for changes the scoped observers cannot see. */
  sweepMs?: number;
}

/** A stable summary of a state: observers report only when it changes. */
function stateSignature(state: PageState): string {
  switch (state.kind) {
    case 'thread': {
      const { thread } = state;
      const messages = thread.messages.map((m) => `${m.id}:${m.text.length}:${m.attachments.length}`).join(',');
      return `thread|${thread.threadId}|${thread.subject}|${messages}`;
    }
    case 'list':
      return `list|${state.threadIds.join(',')}`;
    case 'unreadable':
      return `unreadable|${state.reason}`;
    default:
      return 'other';
  }
}

/** True for mutations Outlook makes while the user types in a compose, which never change what we read. */
function isTypingMutation(record: MutationRecord): boolean {
  const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  return target?.closest('[contenteditable=true]') != null;
}

/** The Outlook on the web adapter (every host in outlook-hosts.ts). */
export function createOutlookAdapter(doc: Document = document, win: Window = window, options: OutlookAdapterOptions = {}): WebmailAdapter {
  const composeTimeoutMs = options.composeTimeoutMs ?? 5000;
  const unreadableGraceMs = options.unreadableGraceMs ?? 1000;
  const sweepMs = options.sweepMs ?? 3000;
  const read = (): PageState => readOutlookPage(doc, new URL(win.location.href));
  const sent = createSentWatcher(doc, win, { readState: read, confirmTimeoutMs: options.confirmTimeoutMs, settleMs: options.settleMs });
  const chips = listChipHolder((next) => applyListChips(doc, next));
  let composeCount = 0;

  const observe = (onChange: (state: PageState) => void): (() => void) => {
    let lastSignature: string | undefined;
    let unreadableSince: number | undefined;
    let flushTimer: number | undefined;
    let lastHref = win.location.href;
    let watched: Array<HTMLElement | null> = [];
    // The list as last read, read again only after it changed: most changes are the open conversation's.
    let list: OutlookListReading | undefined;

    const flush = () => {
      flushTimer = undefined;
      try {
        if (!list) {
          applyListChips(doc, chips.current());
          list = readOutlookList(doc);
        }
        const state = readOutlookPage(doc, new URL(win.location.href), list);
        const signature = stateSignature(state);
        if (state.kind !== 'unreadable') unreadableSince = undefined;
        if (signature === lastSignature) return;
        if (state.kind === 'unreadable') {
          unreadableSince ??= Date.now();
          const waited = Date.now() - unreadableSince;
          if (waited < unreadableGraceMs) {
            schedule(unreadableGraceMs - waited);
            return;
          }
        }
        lastSignature = signature;
        onChange(state);
      } catch {
        // Outlook must keep working whatever happens here.
      }
    };
    // One flush per burst of mutations: Outlook renders a conversation in several chunks.
    const schedule = (delay = 30) => {
      if (flushTimer === undefined) flushTimer = win.setTimeout(flush, delay);
    };

    const Observer = (win as Window & typeof globalThis).MutationObserver;
    const observing = (listChanged: boolean) =>
      new Observer((records) => {
        try {
          if (!records.some((r) => !isChipMutation(r) && !isTypingMutation(r))) return;
          if (listChanged) list = undefined;
          schedule();
        } catch {
          // guarded like every callback
        }
      });
    const listObserver = observing(true);
    const paneObserver = observing(false);
    // Observe only the list and the reading pane, re-attached when Outlook replaces them.
    const attach = () => {
      const targets = [findFirst(doc, 'mailList'), findFirst(doc, 'readingPane')];
      if (targets.length === watched.length && targets.every((el, i) => el === watched[i])) return false;
      listObserver.disconnect();
      paneObserver.disconnect();
      watched = targets;
      list = undefined;
      const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-expanded', 'aria-selected', 'data-convid'] };
      if (targets[0]) listObserver.observe(targets[0], options);
      if (targets[1]) paneObserver.observe(targets[1], options);
      return true;
    };
    // Outlook routes with history.pushState, which fires no event; a string compare every 250 ms is the cheap way
    // to follow it without patching the page's history.
    const poll = win.setInterval(() => {
      try {
        const moved = win.location.href !== lastHref;
        lastHref = win.location.href;
        if (attach() || moved) schedule();
      } catch {
        // guarded
      }
    }, 250);
    // The sweep reads the list again too, for changes the observers cannot see.
    const sweep = win.setInterval(() => {
      list = undefined;
      schedule();
    }, sweepMs);
    const onPopState = () => schedule();
    win.addEventListener('popstate', onPopState);
    attach();
    schedule(0);
    return () => {
      listObserver.disconnect();
      paneObserver.disconnect();
      win.clearInterval(poll);
      win.clearInterval(sweep);
      if (flushTimer !== undefined) win.clearTimeout(flushTimer);
      win.removeEventListener('popstate', onPopState);
    };
  };

  const insertReminder = async (req: ComposeRequest): Promise<InsertResult> => {
    try {
      const state = read();
      const replying = req.threadId !== undefined && state.kind === 'thread' && state.thread.threadId === req.threadId;
      // Asked to reply in a conversation the user has left: write nothing anywhere.
      if (req.threadId !== undefined && !replying) return { ok: false, verified: false, error: 'thread-changed' };
      let root: HTMLElement | null;
      let fieldsHold = true;
      if (replying) {
        const pane = findFirst(doc, 'readingPane');
        const conversation = pane && (findFirst(pane, 'conversation') ?? pane);
        root = conversation ? await openReply(doc, conversation, composeTimeoutMs) : null;
        if (!root)
          return { ok: false, verified: false, error: 'reply-not-opened', detail: 'Outlook reply could not be opened (no reply button or no compose)' };
      } else {
        root = await openNewMessage(doc, composeTimeoutMs);
        if (!root)
          return {
            ok: false,
            verified: false,
            error: 'compose-not-opened',
            detail: 'Outlook new message could not be opened (no new mail button or no compose)',
          };
        const toField = findAll(root, 'composeRecipientFields')[0];
        if (toField && req.to.length > 0) {
          // Typing "address;" is how Outlook's recipient well turns text into a recipient.
          for (const address of req.to) appendTextToField(toField, `${address.email};`);
        }
        const subject = findSubjectInput(root);
        if (subject) setInputValue(subject, req.subject);
        // Outlook may turn the typed address into a chip showing only the name.
        const shown = `${toField?.textContent ?? ''} ${readAddresses(toField ?? null)
          .map((a) => a.email)
          .join(' ')}`.toLowerCase();
        const holds = (a: MailAddress) => shown.includes(a.email.toLowerCase()) || (!!a.name && shown.includes(a.name.toLowerCase()));
        fieldsHold = subject?.value === req.subject && req.to.every(holds);
      }
      const editor = findFirst(root, 'composeBody');
      if (!editor) return { ok: false, verified: false, error: 'compose-body-not-found', detail: 'Outlook compose has no message body editor' };
      const bodyHolds = insertTextAtTop(editor, req.body);
      composeCount += 1;
      const composeId = `outlook-compose-${composeCount}-${Date.now().toString(36)}`;
      sent.track(composeId, root, replying ? req.threadId : undefined, req.body);
      const verified = bodyHolds && fieldsHold;
      return verified
        ? { ok: true, verified, composeId }
        : {
            ok: true,
            verified,
            composeId,
            ...(bodyHolds
              ? { error: 'fields-not-kept', detail: 'Outlook did not keep the recipient or subject' }
              : { error: 'body-not-verified', detail: 'Outlook did not keep the inserted text' }),
          };
    } catch (error) {
      return {
        ok: false,
        verified: false,
        error: 'compose-failed',
        detail: `Outlook compose failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  };

  return {
    webmail: 'outlook',
    read,
    observe,
    insertReminder,
    onSent: (cb) => sent.onSent(cb),
    onRowPointer: (cb) =>
      onRowPointer(
        doc,
        (el) => findClosest(el, 'listRow'),
        (row) => idAttribute(row, 'data-convid'),
        cb,
      ),
    onNavigate: (cb) => onNavigate(win, cb),
    setListChips: chips.set,
    // A new address loads Outlook again; the round is kept by the background and goes on once the page is read.
    openThread: (threadId) => win.location.assign(outlookThreadUrl(win.location.href, threadId)),
    diagnose() {
      const { messageBody, composeBody } = OUTLOOK_SELECTORS;
      return diagnosticReport({
        webmail: 'outlook',
        doc,
        url: new URL(win.location.href),
        state: read(),
        hooks: OUTLOOK_SELECTORS,
        opaque: [...messageBody, ...composeBody],
      });
    },
  };
}
