import type { KeyValueArea } from './connection-vault';

/** A storage area that can also forget a key (chrome.storage.local). */
export interface RemovableArea extends KeyValueArea {
  remove(key: string): Promise<void>;
}

/**
 * `area`, taking over what `previous` held under the same key the first time it is read (then removed from
 * `previous`): connector keys leave storage.local, readable by content scripts, for the background's own store.
 */
export function movedArea(previous: RemovableArea, area: KeyValueArea): KeyValueArea {
  return {
    async get(key) {
      const current = await area.get(key);
      if (key in current) return current;
      const old = await previous.get(key);
      if (!(key in old)) return current;
      await area.set({ [key]: old[key] });
      await previous.remove(key);
      return { [key]: old[key] };
    },
    set: (items) => area.set(items),
  };
}
