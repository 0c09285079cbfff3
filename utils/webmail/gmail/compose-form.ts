import type { MailAddress } from '../../mail/types';
import { elementText } from '../element-text';
import { isShown } from './visibility';
import { addressOf } from './read-thread';
import { findAll, findClosest, findFirst } from './selectors';

/** What a compose holds, read the moment it is sent. */
export interface ComposeSnapshot {
  composeId: string;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  body: string;
}

const assignedIds = new WeakMap<Element, string>();
let nextAssignedId = 1;

/** Gmail's id of this compose (its hidden `composeid` input, kept across Undo); our own when it has none. */
export function composeIdOf(compose: Element): string {
  const value = (findFirst(compose, 'composeId') as HTMLInputElement | null)?.value;
  if (value && value !== 'undefined') return `gmail-compose:${value}`;
  let id = assignedIds.get(compose);
  if (!id) {
    id = `relance-compose:${nextAssignedId++}`;
    assignedIds.set(compose, id);
  }
  return id;
}

/** Every visible compose (inline replies and new-mail windows) with an editable body. */
export function visibleComposes(root: ParentNode): HTMLElement[] {
  return findAll(root, 'compose').filter((compose) => isShown(compose) && findFirst(compose, 'composeBody') !== null);
}

/** The compose around an element (a click target, the focused editor), if any. */
export function composeAround(el: Element): HTMLElement | null {
  return findClosest(el, 'compose');
}

const EMAIL = /[^\s<>,;"']+@[^\s<>,;"']+\.[^\s<>,;"']+/g;

function recipients(compose: Element, field: 'composeTo' | 'composeCc'): MailAddress[] {
  const box = findFirst(compose, field);
  if (!box) return [];
  const out: MailAddress[] = [];
  const seen = new Set<string>();
  const add = (address: MailAddress) => {
    const key = address.email.toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(address);
    }
  };
  for (const chip of findAll(box, 'recipientChip')) add(addressOf(chip));
  // Typed addresses Gmail has not turned into chips yet are sent too.
  const typed = box.matches('textarea, input') ? (box as HTMLInputElement) : (findFirst(box, 'recipientInput') as HTMLInputElement | null);
  for (const email of typed?.value.match(EMAIL) ?? []) add({ email });
  return out;
}

/** Reads recipients, subject and the body text (quoted history included) of a compose. */
export function snapshotCompose(compose: Element): ComposeSnapshot {
  const subject =
    (findFirst(compose, 'composeSubject') as HTMLInputElement | null)?.value ||
    (findFirst(compose, 'composeSubjectHidden') as HTMLInputElement | null)?.value ||
    '';
  const body = findFirst(compose, 'composeBody');
  return {
    composeId: composeIdOf(compose),
    to: recipients(compose, 'composeTo'),
    cc: recipients(compose, 'composeCc'),
    subject,
    body: body ? elementText(body) : '',
  };
}
