import type { ListChip } from '../adapter';
import { rowThreadId, visibleListRows } from './read-gmail-page';
import { findFirst } from './selectors';

/** Marks our chips so they are found again, and so our own DOM changes can be told apart from Gmail's. */
export const CHIP_ATTRIBUTE = 'data-relance-chip';

const TONES: Record<ListChip['tone'], [string, string]> = {
  neutral: ['#e8eaed', '#3c4043'],
  warning: ['#fef7e0', '#8a5300'],
  danger: ['#fce8e6', '#a50e0e'],
  ok: ['#e6f4ea', '#137333'],
};

function paint(chip: HTMLElement, threadId: string, spec: ListChip): void {
  const [background, color] = TONES[spec.tone] ?? TONES.neutral;
  const key = `${threadId}|${spec.label}|${spec.tone}|${spec.title ?? ''}`;
  if (chip.getAttribute(CHIP_ATTRIBUTE) === key) return;
  chip.setAttribute(CHIP_ATTRIBUTE, key);
  chip.textContent = spec.label;
  if (spec.title) chip.title = spec.title;
  else chip.removeAttribute('title');
  // Inline styles: nothing of ours is added to Gmail's stylesheets, and Gmail's classes never style the chip.
  chip.style.cssText =
    'display:inline-block;margin:0 6px 0 0;padding:0 6px;border-radius:8px;font:500 11px/16px Roboto,Arial,sans-serif;' +
    `white-space:nowrap;vertical-align:middle;flex:none;background:${background};color:${color}`;
}

/** Puts one chip on each visible row whose thread is in `chips`, updates changed ones, removes the others; idempotent. */
export function applyListChips(doc: Document, chips: Record<string, ListChip>): void {
  for (const row of visibleListRows(doc)) {
    const existing = row.querySelector<HTMLElement>(`[${CHIP_ATTRIBUTE}]`);
    const threadId = rowThreadId(row);
    const spec = threadId ? chips[threadId] : undefined;
    if (!spec) {
      existing?.remove();
      continue;
    }
    if (existing) {
      paint(existing, threadId, spec);
      continue;
    }
    const slot = findFirst(row, 'rowChipSlot');
    if (!slot) continue;
    const chip = doc.createElement('span');
    paint(chip, threadId, spec);
    slot.insertBefore(chip, slot.firstChild);
  }
  // Rows Gmail hid or recycled for another view keep no stale chip.
  for (const stale of doc.querySelectorAll<HTMLElement>(`[${CHIP_ATTRIBUTE}]`)) {
    const row = stale.closest('tr, [role=row]');
    const threadId = row ? rowThreadId(row) : '';
    if (!threadId || !chips[threadId] || !stale.getAttribute(CHIP_ATTRIBUTE)?.startsWith(`${threadId}|`)) stale.remove();
  }
}
