import type { ListChip } from './adapter';

/**
 * The chips the background last gave for the message list, kept so the adapter can draw them again after the webmail
 * redraws its rows. `draw` is the webmail's own way of putting them on the rows.
 */
export function listChipHolder(draw: (chips: Record<string, ListChip>) => void) {
  let chips: Record<string, ListChip> = {};
  return {
    current: (): Record<string, ListChip> => chips,
    /** Keeps `next` and draws it now; a row the webmail is re-rendering gets its chip on the next redraw. */
    set(next: Record<string, ListChip>): void {
      chips = { ...next };
      try {
        draw(chips);
      } catch {
        // A chip is never worth breaking the webmail's page.
      }
    },
  };
}
