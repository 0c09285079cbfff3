import type { MailAddress } from '../../mail/types';
import { elementText, flatText } from '../element-text';
import { findAll, findFirst } from './selectors';

/**
 * Writing into Gmail's compose so Gmail registers it (its draft is saved): `execCommand('insertText')` goes through
 * the browser's editing pipeline (beforeinput/input, undo stack) like typing; when it is refused (happy-dom, a future
 * browser), the lines are inserted as nodes followed by the `input` event Gmail listens to. InboxSDK #1024 and
 * gmail.js #356: a plain DOM write is not saved, hence the events.
 */

function fire(el: HTMLElement, event: Event): void {
  el.dispatchEvent(event);
}

function inputEvent(el: HTMLElement, text: string): Event {
  const InputEventCtor = el.ownerDocument.defaultView?.InputEvent;
  return InputEventCtor ? new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text }) : new Event('input', { bubbles: true });
}

function execInsertText(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** A line holding nothing but a `<br>`: Gmail's empty first line, where the caret goes. */
function isEmptyLine(node: Node): node is HTMLElement {
  if (node.nodeType !== 1) return false;
  const el = node as HTMLElement;
  return el.tagName === 'DIV' && (el.textContent ?? '') === '' && el.querySelector('img') === null;
}

/** True when the editor's text holds `text` (whitespace-insensitive) above any quoted history. */
export function editorHolds(editor: HTMLElement, text: string): boolean {
  const full = flatText(elementText(editor));
  const at = full.indexOf(flatText(text));
  const quote = findFirst(editor, 'composeQuote');
  const quoteAt = quote ? full.indexOf(flatText(elementText(quote))) : -1;
  return at >= 0 && (quoteAt < 0 || at < quoteAt);
}

/** Inserts plain text as the first lines of Gmail's body editor, above the quoted history; true when read back. */
export function insertAtTop(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const first = editor.firstChild;
  const intoEmptyLine = first !== null && isEmptyLine(first);
  const before = elementText(editor);
  editor.focus();
  const range = doc.createRange();
  range.setStart(intoEmptyLine ? first : editor, 0);
  range.collapse(true);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // On a line that already holds text (the user typed), a line break keeps ours separate.
  const typed = intoEmptyLine || editor.firstChild === null ? text : `${text}\n`;
  if (execInsertText(doc, typed) && editorHolds(editor, text)) return true;
  if (elementText(editor) !== before) return editorHolds(editor, text); // the editor took something: never insert twice
  const fragment = doc.createDocumentFragment();
  for (const line of text.split('\n')) {
    const div = doc.createElement('div');
    if (line) div.textContent = line;
    else div.appendChild(doc.createElement('br'));
    fragment.appendChild(div);
  }
  if (intoEmptyLine) first.replaceWith(fragment);
  else editor.insertBefore(fragment, editor.firstChild);
  fire(editor, inputEvent(editor, text));
  return editorHolds(editor, text);
}

/** Sets the subject of a new mail (replies keep the thread's subject). */
export function setSubject(compose: Element, subject: string): boolean {
  const input = findFirst(compose, 'composeSubject') as HTMLInputElement | null;
  if (!input) return false;
  input.focus();
  input.value = subject;
  fire(input, inputEvent(input, subject));
  fire(input, new Event('change', { bubbles: true }));
  return input.value === subject;
}

/** Types the addresses into the To field; Gmail turns them into chips when the field loses focus (Briskine). */
export function setRecipients(compose: Element, to: MailAddress[]): void {
  const field = findFirst(compose, 'composeTo');
  const input = (field?.matches('textarea, input') ? field : field && findFirst(field, 'recipientInput')) as HTMLInputElement | null;
  if (!field || !input || to.length === 0) return;
  const present = new Set(
    findAll(field, 'recipientChip').map((chip) => (chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? '').toLowerCase()),
  );
  const missing = to.filter((address) => !present.has(address.email.toLowerCase()));
  if (missing.length === 0) return;
  input.focus();
  input.value = missing.map((address) => address.email).join(', ');
  fire(input, inputEvent(input, input.value));
  input.blur();
  fire(input, new Event('change', { bubbles: true }));
}
