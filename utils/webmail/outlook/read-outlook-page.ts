import { accountAddressIn } from '../account-address';
import { idAttribute } from '../id-attribute';
import type { PageState } from '../adapter';
import { elementText } from '../element-text';
import { parseOutlookRoute } from './outlook-route';
import { listRowDates, readPageDates } from './page-dates';
import { messageItems, readConversation } from './read-conversation';
import { findAll, findFirst } from './selectors';

/** What the message list shows. */
export interface OutlookListReading {
  /** The rows' conversation ids in display order; null when the page shows no list. */
  threadIds: string[] | null;
  /** The selected row's conversation id. */
  selectedId: string | undefined;
  /** The dates the rows print (readPageDates), read when first asked: a list alone needs none. */
  rowDates(): string[];
}

/**
 * Read once per change of the list by the adapter's observer: the open conversation changes far more often (each
 * message rendered, expanded or added), and each of those changes scanned every row (ids, selection, dates) again.
 */
export function readOutlookList(doc: Document): OutlookListReading {
  const list = findFirst(doc, 'mailList');
  let rowDates: string[] | undefined;
  return {
    threadIds: list
      ? findAll(list, 'listRow')
          .map((row) => idAttribute(row, 'data-convid'))
          .filter(Boolean)
      : null,
    selectedId: idAttribute(list?.querySelector('[aria-selected="true"][data-convid]'), 'data-convid') || undefined,
    rowDates: () => (rowDates ??= listRowDates(list)),
  };
}

/** The conversation id of the open conversation: URL first, then the selected list row, then the subject's id. */
function openConversationId(doc: Document, pathname: string, selected: string | undefined): string | undefined {
  const fromUrl = parseOutlookRoute(pathname).itemId;
  // Exchange item ids start "AAMk", conversation ids "AAQk": when the URL names a message, the list row names its
  // conversation, which is the id the list chips use.
  if (fromUrl && !(selected && fromUrl.startsWith('AAMk'))) return fromUrl;
  return selected ?? findFirst(doc, 'subject')?.id.match(/^CONV_(.+)_SUBJECT$/)?.[1];
}

/**
 * Reads what Outlook shows now. Never throws: anything it cannot understand becomes `unreadable` with the reason.
 * `list`: the list as last read, when the caller knows it has not changed since.
 */
export function readOutlookPage(doc: Document, url: URL, list?: OutlookListReading): PageState {
  try {
    const route = parseOutlookRoute(url.pathname);
    if (route.module !== 'mail') return { kind: 'other' };
    const pane = findFirst(doc, 'readingPane');
    const conversation = pane ? (findFirst(pane, 'conversation') ?? pane) : null;
    const { threadIds, selectedId, rowDates } = list ?? readOutlookList(doc);
    // An empty reading pane (the list alone) is not read: the page's dates cost a scan of every list row.
    const items = conversation ? messageItems(conversation) : [];
    if (conversation && items.length > 0) {
      const subjectEl = findFirst(pane ?? conversation, 'subject');
      const subject = subjectEl ? elementText(subjectEl) : '';
      const threadId = openConversationId(doc, url.pathname, selectedId);
      const { messages, skipped } = readConversation(conversation, items, threadId ?? '', subject, readPageDates(doc, rowDates()));
      if (messages.length > 0) {
        if (!threadId) return { kind: 'unreadable', reason: 'Outlook conversation has no id (URL, selected row or subject)' };
        const folder = route.folder ? `${encodeURIComponent(route.folder)}/` : '';
        return {
          kind: 'thread',
          thread: { threadId, subject, messages, url: `${url.origin}/mail/${folder}id/${encodeURIComponent(threadId)}`, account: readAccount(doc) },
        };
      }
      if (skipped > 0) return { kind: 'unreadable', reason: `Outlook messages not recognised (${skipped} without sender or date)` };
    }
    if (threadIds) return { kind: 'list', threadIds };
    if (route.itemId && pane) return { kind: 'unreadable', reason: 'Outlook conversation open but no message found in the reading pane' };
    if (!pane) return { kind: 'unreadable', reason: 'Outlook layout not recognised: no message list and no reading pane' };
    return { kind: 'other' };
  } catch (error) {
    return { kind: 'unreadable', reason: `Outlook page could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The signed-in address from the suite header's account button (title or aria-label). */
function readAccount(doc: Document): string | undefined {
  const button = findFirst(doc, 'account');
  return accountAddressIn(button?.getAttribute('title'), button?.getAttribute('aria-label'));
}
