import type { ComposeRequest, InsertResult, PageState, SentNotice, WebmailAdapter } from '../adapter';
import { composeIdOf, snapshotCompose } from './compose-form';
import { applyListChips } from './list-chips';
import { listChipHolder } from '../list-chip-holder';
import { observeGmail } from './observe-gmail';
import { openNewCompose, openReply, waitFor } from './open-compose';
import { readGmailPage, rowThreadId, visibleThreadSubject } from './read-gmail-page';
import { subjectThreadId } from './read-thread';
import { GMAIL_SELECTORS, findClosest, findFirst } from './selectors';
import { diagnosticReport } from '../diagnostic/diagnostic-report';
import { watchSends, type FilledCompose } from './sent-watcher';
import { insertAtTop, setRecipients, setSubject } from './write-compose';
import { readCapped } from '../read-capped';
import { gmailThreadUrl } from './thread-url';
import { onRowPointer } from '../row-pointer';
import { onNavigate } from '../on-navigate';

/** The hex id of the thread visible now, or ''. */
function openThreadId(doc: Document): string {
  const subject = visibleThreadSubject(doc);
  return subject ? subjectThreadId(subject) : '';
}

/** The Gmail adapter: the only code that knows Gmail's DOM (see selectors.ts for every hook). */
export function createGmailAdapter(doc: Document = document, win: Window = window): WebmailAdapter {
  const filled = new Map<string, FilledCompose>();
  const sentListeners = new Set<(notice: SentNotice) => void>();
  let stopSends: (() => void) | null = null;
  const chips = listChipHolder((next) => applyListChips(doc, next));

  const read = (): PageState => readGmailPage(doc, win);
  const reapplyChips = () => {
    if (Object.keys(chips.current()).length > 0) applyListChips(doc, chips.current());
  };

  async function insertReminder(req: ComposeRequest): Promise<InsertResult> {
    try {
      // Asked to reply in a thread the user has left: write nothing anywhere (no stray new mail either).
      if (req.threadId && openThreadId(doc) !== req.threadId) return { ok: false, verified: false, error: 'thread-changed' };
      const replyIn = req.threadId;
      const subjectEl = replyIn ? visibleThreadSubject(doc) : null;
      const threadRoot = subjectEl ? findClosest(subjectEl, 'threadContainer') : null;
      const compose = threadRoot ? await openReply(win, threadRoot) : await openNewCompose(doc, win);
      if (!compose) return { ok: false, verified: false, error: replyIn ? 'reply-not-opened' : 'compose-not-opened' };
      // The user may have switched threads while Gmail opened the reply: never write into another thread.
      if (compose === 'thread-changed' || (replyIn && (openThreadId(doc) !== replyIn || !threadRoot?.contains(compose) || !compose.isConnected))) {
        return { ok: false, verified: false, error: 'thread-changed' };
      }
      const editor = await waitFor(win, () => findFirst(compose, 'composeBody'), 1000);
      if (!editor) return { ok: false, verified: false, error: 'compose-body-not-found' };
      if (replyIn && openThreadId(doc) !== replyIn) return { ok: false, verified: false, error: 'thread-changed' };
      if (!replyIn) setSubject(compose, req.subject);
      // Gmail's Reply answers the last message's sender: when that is not the debtor (their accountant, our own
      // reminder), the debtor is added; existing recipients stay.
      const current = new Set(snapshotCompose(compose).to.map((a) => a.email.toLowerCase()));
      if (!req.to.some((a) => current.has(a.email.toLowerCase()))) setRecipients(compose, req.to);
      const verified = insertAtTop(editor, req.body);
      const composeId = composeIdOf(compose);
      filled.set(composeId, { threadId: replyIn, to: req.to, subject: req.subject });
      // A synthetic key release after the insertion nudges Gmail's draft autosave (InboxSDK #triggerDraftSave).
      win.setTimeout(() => {
        try {
          editor.dispatchEvent(new ((win as unknown as typeof globalThis).KeyboardEvent ?? KeyboardEvent)('keyup', { bubbles: true, key: 'Shift' }));
        } catch {
          // The compose closed meanwhile: nothing to save.
        }
      }, 0);
      return { ok: true, verified, composeId, ...(verified ? {} : { error: 'body-not-verified' }) };
    } catch (error) {
      return { ok: false, verified: false, error: 'compose-failed', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    webmail: 'gmail',
    read,
    observe(onChange) {
      return observeGmail(doc, win, read, onChange, reapplyChips);
    },
    insertReminder,
    onSent(cb) {
      sentListeners.add(cb);
      stopSends ??= watchSends(doc, win, filled, (notice) => {
        for (const listener of sentListeners) {
          try {
            listener(notice);
          } catch {
            // One listener's failure must not hide the send from the others.
          }
        }
      });
      return () => {
        sentListeners.delete(cb);
        if (sentListeners.size === 0 && stopSends) {
          stopSends();
          stopSends = null;
        }
      };
    },
    onRowPointer: (cb) => onRowPointer(doc, (el) => findClosest(el, 'listRow'), rowThreadId, cb),
    onNavigate: (cb) => onNavigate(win, cb),
    setListChips: chips.set,
    diagnose() {
      const { messageBody, messageSnippet, composeBody } = GMAIL_SELECTORS;
      return diagnosticReport({
        webmail: 'gmail',
        doc,
        url: new URL(win.location.href),
        state: read(),
        hooks: GMAIL_SELECTORS,
        opaque: [...messageBody, ...messageSnippet, ...composeBody],
      });
    },
    openThread(threadId) {
      win.location.assign(gmailThreadUrl(win.location.href, threadId));
    },
    searchUrl(query) {
      // Gmail routes searches in the hash of the signed-in account's own page (/mail/u/N/).
      const { origin, pathname, search } = win.location;
      return `${origin}${pathname}${search}#search/${encodeURIComponent(query)}`;
    },
    async attachmentBytes(url, maxBytes) {
      const target = new URL(url, win.location.href);
      if (target.origin !== win.location.origin) throw new Error('attachment URL is not same-origin');
      const response = await win.fetch(target.href, { credentials: 'include' });
      if (!response.ok) throw new Error(`attachment download failed: HTTP ${response.status}`);
      return readCapped(response, maxBytes);
    },
  };
}
