import type { KeyValueArea } from './connection-vault';

/** The La Poste tracking key as stored, beside the connectors' keys (never in IndexedDB, so never in a backup). */
export interface StoredTrackingKey {
  key: string;
  connectedAt: string;
  lastCheck?: { at: string; letters: number; events: number };
  lastError?: { at: string; message: string };
}

export interface TrackingKeyVault {
  get(): Promise<StoredTrackingKey | undefined>;
  put(value: StoredTrackingKey): Promise<void>;
  remove(): Promise<void>;
}

const KEY = 'laposte-tracking.v1';

/** The tracking key in the background's private area (the same one as the connectors' keys). */
export function createTrackingKeyVault(area: KeyValueArea): TrackingKeyVault {
  return {
    get: async () => (await area.get(KEY))[KEY] as StoredTrackingKey | undefined,
    put: (value) => area.set({ [KEY]: value }),
    // The area has no delete: an empty value reads as "no key".
    remove: () => area.set({ [KEY]: undefined }),
  };
}
