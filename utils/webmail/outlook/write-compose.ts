import { elementText, flatText } from '../element-text';

/**
 * Typing into Outlook's editor (RoosterJS) and React inputs so Outlook registers the change: `execCommand('insertText')`
 * goes through the browser's editing pipeline (beforeinput/input, undo stack); when it is refused or unavailable
 * (happy-dom, some browsers), the text is inserted as DOM nodes followed by the `input` event Outlook listens to.
 */

function placeCaret(el: HTMLElement, atStart: boolean): void {
  const doc = el.ownerDocument;
  el.focus();
  const range = doc.createRange();
  range.selectNodeContents(el);
  range.collapse(atStart);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function execInsertText(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function fireInput(el: HTMLElement, text: string): void {
  const win = el.ownerDocument.defaultView;
  const InputEventCtor = win?.InputEvent ?? InputEvent;
  el.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Inserts plain text as the first lines of the editor, above any quoted history; true when read back. */
export function insertTextAtTop(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const holds = () => flatText(elementText(editor)).includes(flatText(text));
  const before = flatText(elementText(editor)).length;
  placeCaret(editor, true);
  // A trailing newline keeps the text on its own lines, separate from the existing first line.
  if (execInsertText(doc, `${text}\n`) && holds()) return true;
  if (flatText(elementText(editor)).length !== before) return holds(); // the editor took something: never insert twice
  const fragment = doc.createDocumentFragment();
  for (const line of `${text}\n`.split('\n').slice(0, -1)) {
    const div = doc.createElement('div');
    if (line) div.textContent = line;
    else div.appendChild(doc.createElement('br'));
    fragment.appendChild(div);
  }
  editor.insertBefore(fragment, editor.firstChild);
  fireInput(editor, text);
  return holds();
}

/** Appends text at the end of a contenteditable field (a recipient well). */
export function appendTextToField(field: HTMLElement, text: string): void {
  placeCaret(field, false);
  if (execInsertText(field.ownerDocument, text)) return;
  field.appendChild(field.ownerDocument.createTextNode(text));
  fireInput(field, text);
}

/** Sets a React-controlled input's value the way typing would (native setter, then input and change). */
export function setInputValue(input: HTMLInputElement, value: string): void {
  const win = input.ownerDocument.defaultView;
  const setter = win && Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new (win?.Event ?? Event)('input', { bubbles: true }));
  input.dispatchEvent(new (win?.Event ?? Event)('change', { bubbles: true }));
}
