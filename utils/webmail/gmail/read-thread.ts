import { accountAddressIn } from '../account-address';
import type { MailAddress, MailAttachment, MailMessage } from '../../mail/types';
import type { ThreadView } from '../adapter';
import { mailBodyText } from '../element-text';
import { legacyHexId, legacyIdTime } from './gmail-ids';
import { isoWithOffset } from '../iso-with-offset';
import type { DayMonthDecision } from '../../calendar/day-month-order';
import { idAttribute } from '../id-attribute';
import { pageDayMonthOrder } from '../numeric-date';
import { readGmailDateTitle } from './parse-gmail-date';
import { findAll, findClosest, findFirst } from './selectors';
import { watchMessageChanges } from '../message-changes';

/** The open thread's hex id from its subject heading, or ''. */
export function subjectThreadId(subject: Element): string {
  return legacyHexId(idAttribute(subject, 'data-legacy-thread-id')) || legacyHexId(idAttribute(subject, 'data-thread-perm-id'));
}

/** The person in a `span[email]` (Gmail puts the display name in `name`, or as the text). */
export function addressOf(el: Element): MailAddress {
  const email = (el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? '').trim();
  const name = (el.getAttribute('name') ?? el.getAttribute('data-name') ?? el.textContent ?? '').trim();
  return name && name !== email ? { name, email } : { email };
}

function uniqueAddresses(elements: Element[]): MailAddress[] {
  const seen = new Set<string>();
  const out: MailAddress[] = [];
  for (const el of elements) {
    const address = addressOf(el);
    const key = address.email.toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(address);
  }
  return out;
}

/**
 * When a message was sent, in ms: the legacy id's timestamp (exact, language-free), else its date title read with the
 * page's day/month order; NaN when neither is readable. `ambiguous`: digits whose day and month nothing told apart.
 */
function readMessageTime(el: Element, order: () => DayMonthDecision): { ms: number; ambiguous: boolean } {
  const fromId = legacyIdTime(legacyHexId(idAttribute(el, 'data-legacy-message-id') || idAttribute(el, 'data-message-id')));
  if (!Number.isNaN(fromId)) return { ms: fromId, ambiguous: false };
  return readGmailDateTitle(findFirst(el, 'messageDate')?.getAttribute('title') ?? '', order());
}

// The last order decided, by the titles it was decided on: the same thread read again decides the same.
let lastOrder: { titles: string; decision: DayMonthDecision } | undefined;

/** One day/month order for every date title under `root` (its weekdays, a day above 12, the page's language tag). */
function dateOrderOf(root: Element | Document): DayMonthDecision {
  const doc = root.ownerDocument ?? (root as Document);
  return orderOfTitles(
    doc,
    findAll(root, 'messageDate').map((d) => d.getAttribute('title') ?? ''),
  );
}

function orderOfTitles(doc: Document, list: string[]): DayMonthDecision {
  const titles = `${doc.documentElement?.lang}|${list.join('\n')}`;
  if (lastOrder?.titles !== titles) lastOrder = { titles, decision: pageDayMonthOrder(list, doc.documentElement?.lang) };
  return lastOrder.decision;
}

// Each message's date title, kept while nothing in the message changes: an open thread's order is decided again on every
// change of the page, from titles mostly already read.
const dateTitles = new WeakMap<Element, string>();
function dateTitleOf(message: Element): string {
  let title = changes.changed(message) ? undefined : dateTitles.get(message);
  if (title === undefined) {
    title = findFirst(message, 'messageDate')?.getAttribute('title') ?? '';
    dateTitles.set(message, title);
  }
  return title;
}

const orderKey = (decision: DayMonthDecision) => `${decision.order}${decision.settled}`;

/** When a message was sent, in ms (the legacy id's timestamp, else its date title); NaN when neither is readable. */
export function messageTime(el: Element): number {
  return readMessageTime(el, () => dateOrderOf(el.ownerDocument)).ms;
}

function messageDate(el: Element, order: () => DayMonthDecision): { date: string; ambiguous?: true } {
  const read = readMessageTime(el, order);
  if (Number.isNaN(read.ms)) return { date: '' };
  return read.ambiguous ? { date: isoWithOffset(read.ms), ambiguous: true } : { date: isoWithOffset(read.ms) };
}

/** Attachment cards: Chrome's `download_url` is "mime:filename:url" (the URL itself holds colons). */
function readAttachments(el: Element): MailAttachment[] {
  const out: MailAttachment[] = [];
  for (const card of findAll(el, 'attachment')) {
    const download = /^([^:]*):([^:]*):(.+)$/.exec(card.getAttribute('download_url') ?? '');
    const name = (download?.[2] || findFirst(card, 'attachmentName')?.textContent || '').trim();
    if (!name) continue;
    const url = download?.[3] ?? findFirst(card, 'attachmentLink')?.getAttribute('href') ?? undefined;
    out.push({ name, ...(download?.[1] ? { mimeType: download[1] } : {}), ...(url ? { url } : {}) });
  }
  return out;
}

// A message whose rendering did not change is not read again (the open thread is read on every change of the page).
const readMessages = new WeakMap<Element, { threadId: string; subject: string; message: MailMessage | null; order?: string }>();
const changes = watchMessageChanges((el) => readMessages.has(el));

/**
 * readMessage, remembered per element while nothing inside it changes: the observer sees every change of its text, its
 * children and its attributes (its ids included), so an unchanged message costs no DOM read at all.
 */
function readMessageOnce(el: Element, threadId: string, subject: string, order: () => DayMonthDecision): MailMessage | null {
  const known = readMessages.get(el);
  // A date read with the thread's day/month order holds while that order does (more dates shown may settle it).
  if (known?.threadId === threadId && known.subject === subject && !changes.changed(el) && (known.order === undefined || known.order === orderKey(order())))
    return known.message;
  let asked: DayMonthDecision | undefined;
  const message = readMessage(el, threadId, subject, () => (asked = order()));
  readMessages.set(el, { threadId, subject, message, order: asked && orderKey(asked) });
  changes.read(el);
  return message;
}

/** One rendered message (expanded: its body; collapsed: the snippet Gmail shows until it is expanded). */
function readMessage(el: Element, threadId: string, subject: string, order: () => DayMonthDecision): MailMessage | null {
  const rawId = idAttribute(el, 'data-legacy-message-id') || idAttribute(el, 'data-message-id');
  const hexId = legacyHexId(rawId);
  const id = hexId || rawId.replace(/^#/, '');
  const fromEl = findFirst(el, 'messageFrom');
  if (!id || !fromEl) return null;
  const body = findFirst(el, 'messageBody') ?? findFirst(el, 'messageSnippet');
  const { date, ambiguous } = messageDate(el, order);
  return {
    id,
    threadId,
    subject,
    from: addressOf(fromEl),
    to: uniqueAddresses(findAll(el, 'messageTo')),
    date,
    ...(ambiguous ? { dateAmbiguous: true } : {}),
    text: body ? mailBodyText(body) : '',
    attachments: readAttachments(el),
  };
}

/** Reads the thread whose subject heading is given; null when no message can be read. */
export function readThread(subjectEl: Element, pageUrl: URL): ThreadView | null {
  const threadId = subjectThreadId(subjectEl);
  const container = findClosest(subjectEl, 'threadContainer');
  if (!threadId || !container) return null;
  const subject = (subjectEl.textContent ?? '').trim();
  const messages: MailMessage[] = [];
  changes.look(container);
  const elements: Element[] = [];
  for (const el of findAll(container, 'message')) {
    // Nested matches (a legacy id inside a message id) are the same message; in document order, inside the one before.
    const previous = elements[elements.length - 1];
    if (!previous?.contains(el)) elements.push(el);
  }
  // Every date title of the thread settles one day/month order (computed only if a message has no id's timestamp).
  let decided: DayMonthDecision | undefined;
  const order = () => (decided ??= orderOfTitles(container.ownerDocument, elements.map(dateTitleOf)));
  for (const el of elements) {
    const message = readMessageOnce(el, threadId, subject, order);
    if (message) messages.push(message);
  }
  if (messages.length === 0) return null;
  return {
    threadId,
    subject,
    messages,
    url: `${pageUrl.origin}${pageUrl.pathname}${pageUrl.search}#all/${threadId}`,
    account: readAccount(subjectEl.ownerDocument),
  };
}

let accountButton: Element | null = null;

/**
 * The signed-in address, from Google's account button. Never from the document title ("<subject> - <address> - Gmail"
 * in a thread): a subject holding an address comes first there, and the account decides whose mails are evidence.
 */
export function readAccount(doc: Document): string | undefined {
  // The button stays in Gmail's shell while the page lives: found once, not searched for in the whole page on every read.
  if (!accountButton?.isConnected || accountButton.ownerDocument !== doc) accountButton = findFirst(doc, 'account');
  const button = accountButton;
  return accountAddressIn(button?.getAttribute('aria-label'), button?.getAttribute('title'));
}
