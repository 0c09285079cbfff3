import type { PageState } from '../adapter';
import { legacyHexId } from './gmail-ids';
import { idAttribute } from '../id-attribute';
import { readThread } from './read-thread';
import { findAll, findFirst } from './selectors';
import { isShown } from './visibility';

/**
 * What the Gmail page shows now. Gmail keeps earlier views in the DOM and hides them with inline `display:none`,
 * so only visible subjects and rows count; the hash route (#inbox, #sent/<id>, #search/q/<id>, #label/x/<id>) only
 * says whether a thread is expected, the DOM says which one.
 */

/** The thread id a hash route names (`#inbox/<id>`, `#search/q/<id>`, `#label/x/<id>`), or ''. */
export function routeThreadId(hash: string): string {
  const parts = hash.replace(/^#/, '').split('/');
  const last = parts.length > 1 ? decodeURIComponent(parts[parts.length - 1]) : '';
  // Legacy hex ids and current opaque ids (e.g. "FMfcgz…") are long runs of letters and digits.
  return /^[A-Za-z0-9]{16,}$/.test(last) ? last : '';
}

/** The visible thread subject heading, if a thread is open. */
export function visibleThreadSubject(doc: Document): HTMLElement | null {
  return findAll(doc, 'threadSubject').find(isShown) ?? null;
}

/** The hex thread id of a thread-list row, or ''. */
export function rowThreadId(row: Element): string {
  const holder = row.hasAttribute('data-legacy-thread-id') ? row : findFirst(row, 'rowThreadId');
  if (!holder) return '';
  return legacyHexId(idAttribute(holder, 'data-legacy-thread-id')) || legacyHexId(idAttribute(holder, 'data-thread-id'));
}

/** The visible rows of thread lists (inbox, sent, search, labels; the list beside a reading pane too). */
export function visibleListRows(doc: Document): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const list of findAll(doc, 'threadList')) {
    if (isShown(list)) rows.push(...findAll(list, 'listRow'));
  }
  return rows;
}

/** Reads the page; never throws. */
export function readGmailPage(doc: Document, win: Window): PageState {
  try {
    const loading = findFirst(doc, 'loading');
    if (loading && isShown(loading)) return { kind: 'other' };
    const subject = visibleThreadSubject(doc);
    const url = new URL(win.location.href);
    if (subject) {
      const thread = readThread(subject, url);
      return thread ? { kind: 'thread', thread } : { kind: 'unreadable', reason: 'thread-messages-not-found' };
    }
    const shell = findFirst(doc, 'shell');
    if (!shell) return { kind: 'unreadable', reason: 'gmail-layout-not-recognised' };
    if (routeThreadId(win.location.hash)) {
      // The route names a thread but no thread heading is visible: either still rendering or a new layout.
      return { kind: 'unreadable', reason: 'thread-not-found' };
    }
    const lists = findAll(doc, 'threadList').filter(isShown);
    if (lists.length === 0) return { kind: 'other' };
    const ids = new Set<string>();
    for (const row of visibleListRows(doc)) {
      const id = rowThreadId(row);
      if (id) ids.add(id);
    }
    return { kind: 'list', threadIds: [...ids] };
  } catch (error) {
    return { kind: 'unreadable', reason: `read-failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
