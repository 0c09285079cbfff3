import { composeEditors, composeRootOf } from './compose-form';
import { readPageDates } from './page-dates';
import { itemDate, messageItems } from './read-conversation';
import { findAll, findFirst } from './selectors';

const BUTTON = 'button, [role=button], [role=menuitem]';

/** Resolves with the first non-null value of `check`, polled until `timeoutMs` (Outlook renders a compose asynchronously). */
export function waitFor<T>(win: Window, check: () => T | null, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      let value: T | null = null;
      try {
        value = check();
      } catch {
        value = null;
      }
      if (value !== null || Date.now() - started >= timeoutMs) resolve(value);
      else win.setTimeout(tick, 50);
    };
    tick();
  });
}

function click(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView;
  const MouseEventCtor = win?.MouseEvent ?? MouseEvent;
  for (const type of ['mousedown', 'mouseup']) el.dispatchEvent(new MouseEventCtor(type, { bubbles: true, cancelable: true }));
  el.click();
}

/** Waits for a compose editor that was not open before, returning its form root. */
async function waitForNewCompose(doc: Document, before: HTMLElement[], timeoutMs: number): Promise<HTMLElement | null> {
  const editor = await waitFor(doc.defaultView!, () => composeEditors(doc).find((e) => !before.includes(e)) ?? null, timeoutMs);
  return editor ? composeRootOf(editor) : null;
}

/** Opens an inline reply to the newest message of the open conversation (or reuses the reply already open). */
export async function openReply(doc: Document, conversation: HTMLElement, timeoutMs: number): Promise<HTMLElement | null> {
  const open = composeEditors(conversation)[0];
  if (open) return composeRootOf(open);
  // Outlook lets the user show the newest message first or last: pick it by date, not by position.
  const dates = readPageDates(doc);
  const time = (item: Element) => Date.parse(itemDate(item, dates)?.iso ?? '') || 0;
  const items = messageItems(conversation).filter((item) => findFirst(item, 'replyIcon'));
  const newest = items.reduce<HTMLElement | undefined>((best, item) => (!best || time(item) >= time(best) ? item : best), undefined);
  const icon = newest ? findFirst(newest, 'replyIcon') : findAll(conversation, 'replyIcon')[0];
  const button = icon?.closest<HTMLElement>(BUTTON);
  if (!button) return null;
  const before = composeEditors(doc);
  click(button);
  return waitForNewCompose(doc, before, timeoutMs);
}

/** Opens a new message from the "New mail" button. */
export async function openNewMessage(doc: Document, timeoutMs: number): Promise<HTMLElement | null> {
  const button = findFirst(doc, 'newMailIcon')?.closest<HTMLElement>(BUTTON);
  if (!button) return null;
  const before = composeEditors(doc);
  click(button);
  return waitForNewCompose(doc, before, timeoutMs);
}
