import type { PageState } from '../adapter';
import { CHIP_ATTRIBUTE } from './list-chips';
import { findFirst } from './selectors';

/**
 * Change detection that stays off Gmail's hot path (research lessons 2 and 5): one MutationObserver scoped to Gmail's
 * main area (not the whole body, not attributes other than the `style` Gmail toggles to switch views) whose callback
 * only marks the page dirty; the read happens once per batch in idle time; `hashchange` and a slow sweep catch what
 * the observer misses (late shells, re-created containers). Unreadable states wait a moment before being reported,
 * since Gmail renders a thread a little after its route changes.
 */

const SWEEP_MS = 5000;
const UNREADABLE_GRACE_MS = 1500;
// Gmail's main area (2014-2026), around the shell: the observer's scope once rendered.
const MAIN_AREA = 'div.aeF';

/** A short string that changes when what the sidebar shows should change. */
export function stateSignature(state: PageState): string {
  switch (state.kind) {
    case 'thread':
      return `t:${state.thread.threadId}:${state.thread.messages.map((m) => `${m.id}/${m.text.length}/${m.attachments.length}`).join(',')}`;
    case 'list':
      return `l:${state.threadIds.join(',')}`;
    case 'unreadable':
      return `u:${state.reason}`;
    default:
      return 'o';
  }
}

function isChip(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && (node as Element).hasAttribute(CHIP_ATTRIBUTE);
}

function allChips(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (!isChip(nodes[i])) return false;
  return true;
}

/** True when a batch only holds our own chip changes (cheap: stops at the first foreign node). */
function onlyOurChips(records: MutationRecord[]): boolean {
  for (const record of records) {
    const ours =
      record.type === 'childList' ? allChips(record.addedNodes) && allChips(record.removedNodes) : isChip(record.target) || isChip(record.target.parentNode);
    if (!ours) return false;
  }
  return true;
}

/** Calls `onChange` with the new state whenever it differs from the last one reported; returns the stop function. */
export function observeGmail(doc: Document, win: Window, read: () => PageState, onChange: (state: PageState) => void, afterRead: () => void): () => void {
  let stopped = false;
  let scheduled = false;
  let lastSignature = '';
  let unreadableSince = 0;
  let graceTimer = 0;
  let observedRoot: Element | null = null;

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    const idle = (win as Window & { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number }).requestIdleCallback;
    // At most 20 ms for an idle moment: with 50, an opened thread waited the full time (measured ~60 ms later than Outlook).
    if (idle) idle.call(win, flush, { timeout: 20 });
    else win.setTimeout(flush, 30);
  };

  const Observer = (win as unknown as typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    try {
      if (!onlyOurChips(records)) schedule();
    } catch {
      // Never let an error reach Gmail's mutation delivery.
    }
  });

  const scope = () => {
    // Gmail's main area, once found, holds every view while it stays in the page: no query of the whole page per batch.
    if (observedRoot?.isConnected && observedRoot.matches(MAIN_AREA)) return;
    // The main area once Gmail has rendered it; the body until then (the sweep narrows it later).
    const shell = findFirst(doc, 'shell');
    const root = shell?.closest(MAIN_AREA) ?? shell?.parentElement ?? doc.body;
    if (!root || root === observedRoot) return;
    observer.disconnect();
    observedRoot = root;
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  };

  function flush() {
    scheduled = false;
    if (stopped) return;
    try {
      scope();
      const state = read();
      afterRead();
      if (state.kind === 'unreadable') {
        unreadableSince ||= Date.now();
        if (Date.now() - unreadableSince < UNREADABLE_GRACE_MS) {
          if (!graceTimer) graceTimer = win.setTimeout(() => ((graceTimer = 0), schedule()), UNREADABLE_GRACE_MS);
          return;
        }
      } else unreadableSince = 0;
      const signature = stateSignature(state);
      if (signature === lastSignature) return;
      lastSignature = signature;
      onChange(state);
    } catch {
      // Never let an error reach Gmail; the next batch or sweep tries again.
    }
  }

  win.addEventListener('hashchange', schedule);
  const sweep = win.setInterval(schedule, SWEEP_MS);
  scope();
  schedule();
  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('hashchange', schedule);
    win.clearInterval(sweep);
    if (graceTimer) win.clearTimeout(graceTimer);
  };
}
