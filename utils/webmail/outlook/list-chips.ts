import type { ListChip } from '../adapter';
import { idAttribute } from '../id-attribute';
import { findAll, findFirst } from './selectors';

/** Marks our own chip elements, so our observers ignore the mutations they cause. */
export const CHIP_ATTRIBUTE = 'data-relance-chip';

const TONE_COLOURS: Record<ListChip['tone'], [background: string, text: string]> = {
  neutral: ['#edebe9', '#323130'],
  warning: ['#fff4ce', '#6d4c00'],
  danger: ['#fde7e9', '#a4262c'],
  ok: ['#dff6dd', '#0b5a08'],
};

function chipKey(chip: ListChip): string {
  return `${chip.tone}|${chip.label}|${chip.title ?? ''}`;
}

function createChip(doc: Document, threadId: string, chip: ListChip): HTMLElement {
  const el = doc.createElement('span');
  el.setAttribute(CHIP_ATTRIBUTE, threadId);
  el.setAttribute('data-relance-chip-key', chipKey(chip));
  el.textContent = chip.label;
  if (chip.title) el.title = chip.title;
  const [background, color] = TONE_COLOURS[chip.tone];
  // Inline styles: our stylesheet lives in the sidebar's shadow root, and Outlook's hashed classes are not ours to use.
  el.style.cssText = `display:inline-block;margin:0 6px;padding:0 6px;border-radius:8px;font-size:11px;line-height:16px;white-space:nowrap;vertical-align:middle;background:${background};color:${color}`;
  return el;
}

/**
 * Puts one chip on each list row whose conversation is in `chips` and removes the others. Idempotent: Outlook's list is
 * virtualized and recycles rows (a row's `data-convid` changes under it), so this runs again after every list change.
 */
export function applyListChips(doc: Document, chips: Record<string, ListChip>): void {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(`[${CHIP_ATTRIBUTE}]`))) {
    const rowId = idAttribute(el.closest('[data-convid]'), 'data-convid');
    const wanted = rowId ? chips[rowId] : undefined;
    if (!wanted || el.getAttribute(CHIP_ATTRIBUTE) !== rowId || el.getAttribute('data-relance-chip-key') !== chipKey(wanted)) el.remove();
  }
  const list = findFirst(doc, 'mailList');
  if (!list) return;
  for (const row of findAll(list, 'listRow')) {
    const threadId = idAttribute(row, 'data-convid');
    const chip = threadId ? chips[threadId] : undefined;
    if (!threadId || !chip || row.querySelector(`[${CHIP_ATTRIBUTE}]`)) continue;
    (row.firstElementChild ?? row).appendChild(createChip(doc, threadId, chip));
  }
}

/** True when a mutation only added or removed our chips. */
export function isChipMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => node.nodeType === 1 && (node as Element).hasAttribute(CHIP_ATTRIBUTE));
}
