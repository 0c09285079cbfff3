import { accountAddressIn } from '../account-address';
import { idAttribute } from '../id-attribute';
import type { PageState } from '../adapter';
import { elementText } from '../element-text';
import { parseOutlookRoute } from './outlook-route';
import { readPageDates } from './page-dates';
import { messageItems, readConversation } from './read-conversation';
import { findAll, findFirst } from './selectors';

/** The conversation id of the open conversation: URL first, then the selected list row, then the subject's id. */
export function openConversationId(doc: Document, pathname: string): string | undefined {
  const fromUrl = parseOutlookRoute(pathname).itemId;
  const list = findFirst(doc, 'mailList');
  const selected = idAttribute(list?.querySelector('[aria-selected="true"][data-convid]'), 'data-convid') || undefined;
  // Exchange item ids start "AAMk", conversation ids "AAQk": when the URL names a message, the list row names its
  // conversation, which is the id the list chips use.
  if (fromUrl && !(selected && fromUrl.startsWith('AAMk'))) return fromUrl;
  return selected ?? findFirst(doc, 'subject')?.id.match(/^CONV_(.+)_SUBJECT$/)?.[1];
}

/** The conversation ids of the list rows, in display order. */
export function listThreadIds(doc: Document): string[] | null {
  const list = findFirst(doc, 'mailList');
  if (!list) return null;
  return findAll(list, 'listRow')
    .map((row) => idAttribute(row, 'data-convid'))
    .filter(Boolean);
}

/** Reads what Outlook shows now. Never throws: anything it cannot understand becomes `unreadable` with the reason. */
export function readOutlookPage(doc: Document, url: URL): PageState {
  try {
    const route = parseOutlookRoute(url.pathname);
    if (route.module !== 'mail') return { kind: 'other' };
    const pane = findFirst(doc, 'readingPane');
    const conversation = pane ? (findFirst(pane, 'conversation') ?? pane) : null;
    const threadIds = listThreadIds(doc);
    // An empty reading pane (the list alone) is not read: the page's dates cost a scan of every list row.
    const items = conversation ? messageItems(conversation) : [];
    if (conversation && items.length > 0) {
      const subjectEl = findFirst(pane ?? conversation, 'subject');
      const subject = subjectEl ? elementText(subjectEl) : '';
      const threadId = openConversationId(doc, url.pathname);
      const { messages, skipped } = readConversation(conversation, items, threadId ?? '', subject, readPageDates(doc));
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
