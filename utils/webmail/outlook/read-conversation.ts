import type { MailAttachment, MailMessage } from '../../mail/types';
import { mailBodyText } from '../element-text';
import type { PageDates } from './page-dates';
import { readOutlookDate, type ReadDate } from './parse-outlook-date';
import { readAddresses } from './read-addresses';
import { findAll, findClosest, findFirst } from './selectors';
import { watchMessageChanges } from '../message-changes';

export interface ConversationRead {
  messages: MailMessage[];
  /** Message items seen but not understood (no sender or no date): a layout change if it is all of them. */
  skipped: number;
}

// Parsing a body is the costly part; a message whose rendering did not change is not parsed again. The observer sees
// every change of its text, children and attributes (expanded, its body loaded), so an unchanged one costs no DOM read.
const cache = new WeakMap<Element, { signature: string; message: MailMessage | null }>();
const changes = watchMessageChanges((el) => cache.has(el));

/** The message items of an open conversation (the date anchors each one), outside any compose. */
export function messageItems(conversation: Element): HTMLElement[] {
  const items: HTMLElement[] = [];
  for (const time of findAll(conversation, 'messageTime')) {
    if (findClosest(time, 'compose')) continue;
    const item = findClosest(time, 'messageItem') ?? time.parentElement;
    if (item && conversation.contains(item) && !items.includes(item)) items.push(item);
  }
  return items;
}

/**
 * A message item's date (machine `datetime` first, then the full `title`, then the shown text); a certain reading of
 * a later source wins over an ambiguous one of an earlier source.
 */
export function itemDate(item: Element, dates: PageDates): ReadDate | undefined {
  const time = findFirst(item, 'messageTime');
  if (!time) return undefined;
  const read = [time.getAttribute('datetime'), time.getAttribute('title'), time.textContent]
    .map((text) => (text ? readOutlookDate(text, dates.locale, dates.order) : null))
    .filter((date): date is ReadDate => date !== null);
  return read.find((date) => !date.ambiguous) ?? read[0];
}

/** Reads the conversation's message items (messageItems, all in `conversation`), oldest first. */
export function readConversation(conversation: Element, items: readonly HTMLElement[], threadId: string, subject: string, dates: PageDates): ConversationRead {
  const messages: MailMessage[] = [];
  let skipped = 0;
  changes.look(conversation);
  for (const item of items) {
    const signature = `${threadId}|${subject}|${dates.order.order}${dates.order.settled}`;
    const hit = cache.get(item);
    const message =
      hit && hit.signature === signature && !changes.changed(item)
        ? hit.message
        : readMessage(item, item.getAttribute('aria-expanded') === 'false' ? null : findFirst(item, 'messageBody'), threadId, subject, dates);
    cache.set(item, { signature, message });
    changes.read(item);
    if (message) messages.push(message);
    else skipped += 1;
  }
  // Outlook shows minutes only, so two messages can share a date: keep their display order, read oldest first.
  if (messages.length > 1 && Date.parse(messages[0].date) > Date.parse(messages[messages.length - 1].date)) messages.reverse();
  messages.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return { messages, skipped };
}

function readMessage(item: HTMLElement, body: HTMLElement | null, threadId: string, subject: string, dates: PageDates): MailMessage | null {
  const fromEl = findFirst(item, 'messageFrom');
  const from = readAddresses(fromEl)[0];
  const read = itemDate(item, dates);
  if (!from || !read) return null;
  const date = read.iso;
  const cc = readAddresses(findFirst(item, 'messageCc'));
  // Outlook gives each item element ids `<itemid>_FROM`; without one, sender + date identify the message.
  const itemId = fromEl?.id.endsWith('_FROM') ? fromEl.id.slice(0, -'_FROM'.length) : `${threadId}:${date}:${from.email}`;
  return {
    id: itemId,
    threadId,
    subject,
    from,
    to: readAddresses(findFirst(item, 'messageTo')),
    ...(cc.length > 0 ? { cc } : {}),
    date,
    ...(read.ambiguous ? { dateAmbiguous: true } : {}),
    text: body ? mailBodyText(body) : '',
    attachments: readAttachments(item),
  };
}

function readAttachments(item: HTMLElement): MailAttachment[] {
  const attachments: MailAttachment[] = [];
  for (const card of findAll(item, 'attachmentCard')) {
    if (findClosest(card, 'mailList')) continue;
    const titled = findAll(card, 'attachmentName');
    const nameEl = titled.find((el) => el.getAttribute('title') === el.textContent?.trim()) ?? titled[0];
    const name = nameEl?.getAttribute('title')?.trim();
    const link = card.querySelector<HTMLAnchorElement>('a[href]');
    if (name) attachments.push(link?.href ? { name, url: link.href } : { name });
  }
  return attachments;
}
