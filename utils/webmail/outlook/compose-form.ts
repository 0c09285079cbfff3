import type { MailAddress } from '../../mail/types';
import { elementText } from '../element-text';
import { readAddresses } from './read-addresses';
import { findAll, findClosest, findFirst } from './selectors';

/** What a compose holds right now. */
export interface ComposeContent {
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  body: string;
}

const BUTTON = 'button, [role=button], [role=menuitem]';

/** The compose form around an editor: a known container, else the nearest ancestor holding a Send button. */
export function composeRootOf(editor: HTMLElement): HTMLElement {
  const known = findClosest(editor, 'compose');
  if (known) return known;
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (findSendButton(el)) return el;
  }
  return editor.parentElement ?? editor;
}

/** The open composes' body editors. */
export function composeEditors(root: ParentNode): HTMLElement[] {
  return findAll(root, 'composeBody');
}

/** The compose's Send button (by icon, then by test id / primary style). */
export function findSendButton(root: ParentNode): HTMLElement | null {
  return findFirst(root, 'sendIcon')?.closest<HTMLElement>(BUTTON) ?? findFirst(root, 'sendButton');
}

/** The compose's Discard button (by icon). */
export function findDiscardButton(root: ParentNode): HTMLElement | null {
  return findFirst(root, 'discardIcon')?.closest<HTMLElement>(BUTTON) ?? null;
}

/** The subject input of a compose (inline replies have none). */
export function findSubjectInput(root: ParentNode): HTMLInputElement | null {
  const inputs = findAll(root, 'composeSubject') as HTMLInputElement[];
  return inputs[inputs.length - 1] ?? null;
}

/** Reads the compose's recipients (To, Cc in order), subject and body text. */
export function readCompose(root: HTMLElement): ComposeContent {
  const [toField, ccField] = findAll(root, 'composeRecipientFields');
  const editor = findFirst(root, 'composeBody');
  return {
    to: readAddresses(toField ?? null),
    cc: readAddresses(ccField ?? null),
    subject: findSubjectInput(root)?.value ?? '',
    body: editor ? elementText(editor) : '',
  };
}
