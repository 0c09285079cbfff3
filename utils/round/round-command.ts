/** The round's keyboard commands. */
export type RoundCommand = 'skip' | 'later' | 'pause' | 'stop';

/**
 * Alt+Shift with a letter, read by the key's place (`code`) so AZERTY and QWERTY agree: Gmail's and Outlook's own
 * shortcuts use single letters and Ctrl, and these still work while the cursor is in the reminder being edited.
 */
const KEYS: Record<string, RoundCommand> = { KeyS: 'skip', KeyN: 'later', KeyP: 'pause', KeyX: 'stop' };

export function roundCommandFor(key: { code: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): RoundCommand | undefined {
  if (!key.altKey || !key.shiftKey || key.ctrlKey || key.metaKey) return undefined;
  return KEYS[key.code];
}
