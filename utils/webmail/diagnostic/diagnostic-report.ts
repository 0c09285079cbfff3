import type { PageState } from '../adapter';
import { formatHookMatches, matchHooks, type SelectorTable } from './hook-report';
import { pageOutline } from './page-outline';

/**
 * The text a user copies when Relance cannot read their webmail page (from the sidebar, or the options page): which
 * hooks matched, and the anonymised outline of the page. Nothing in it comes from the mails: the route keeps only
 * Gmail's/Outlook's own view names (a search, a label or folder name and every id become `…`), the page state only
 * its kind and our own reason code.
 */

export interface DiagnosticInput {
  webmail: 'gmail' | 'outlook';
  doc: Document;
  url: URL;
  state: PageState;
  hooks: SelectorTable;
  /** Mail content (bodies, compose editors): outlined as one line each. */
  opaque: readonly string[];
}

/** Route segments that name the webmail's own views; anything else (ids, searches, user folders) is hidden. */
const VIEW_WORDS = new Set([
  'mail',
  'u',
  'inbox',
  'sent',
  'all',
  'starred',
  'drafts',
  'search',
  'label',
  'category',
  'spam',
  'trash',
  'imp',
  'snoozed',
  'scheduled',
  'settings',
  'sentitems',
  'deleteditems',
  'archive',
  'junkemail',
  'id',
  'deeplink',
  'read',
  'compose',
  'primary',
  'social',
  'promotions',
  'updates',
  'forums',
  'chats',
  'outbox',
]);

/** `/mail/u/0/#inbox/FMfcg…` → `/mail/u/0/#inbox/…`. */
export function routeShape(url: URL): string {
  const shape = (path: string) =>
    path
      .split('/')
      .map((part) => (part === '' || VIEW_WORDS.has(part.toLowerCase()) || /^\d{1,2}$/.test(part) ? part : '…'))
      .join('/');
  return `${url.hostname}${shape(url.pathname)}${url.hash ? `#${shape(url.hash.slice(1))}` : ''}`;
}

const OWN_UI = ['relance-sidebar', '[data-relance-chip]'];

/** The whole report, as plain text. */
export function diagnosticReport(input: DiagnosticInput): string {
  const { doc, state } = input;
  const status =
    state.kind === 'unreadable' ? `unreadable: ${state.reason}` : state.kind === 'thread' ? `thread (${state.thread.messages.length} messages)` : state.kind;
  const root = doc.body ?? doc.documentElement;
  return [
    `Relance diagnostic (${input.webmail}), ${new Date().toISOString()}`,
    `Page: ${routeShape(input.url)}`,
    `Read as: ${status}`,
    `Browser: ${doc.defaultView?.navigator.userAgent ?? ''}`,
    `Language: ${doc.documentElement.lang || '?'}`,
    '',
    'Hooks (✓ matched; each variant newest first: how many elements it finds):',
    formatHookMatches(matchHooks(root, input.hooks)),
    '',
    'Page outline (tags, roles, class names, attribute names; no text, no values):',
    pageOutline(root, { opaque: input.opaque, skip: OWN_UI }),
  ].join('\n');
}
