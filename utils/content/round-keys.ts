import { roundCommandFor, type RoundCommand } from '../round/round-command';

/**
 * The round's keys, heard on the whole webmail page (the cursor is usually in the reminder being edited). Only the
 * user's own key presses count: the page's scripts can dispatch key events, never trusted ones.
 */
export function listenRoundKeys(win: Window, onCommand: (command: RoundCommand) => boolean): () => void {
  const listener = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const command = roundCommandFor(event);
    if (command && onCommand(command)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  win.addEventListener('keydown', listener, true);
  return () => win.removeEventListener('keydown', listener, true);
}
