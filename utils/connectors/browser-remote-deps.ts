import { browser } from 'wxt/browser';
import { createConnectionVault } from './connection-vault';
import { movedArea } from './moved-area';
import type { RemoteDeps, TrackingDeps } from './remote-deps';
import { createTrackingKeyVault } from './tracking-key-vault';

/** The background store's vault (RelanceStore `getPrivate`/`setPrivate`), described here so connectors need not import the store. */
export interface BackgroundVault {
  getPrivate(key: string): Promise<Record<string, unknown>>;
  setPrivate(items: Record<string, unknown>): Promise<void>;
}

/**
 * The real network, the background's own vault store and chrome.permissions. Keys are not in storage.local, which
 * content scripts on the webmail hosts can read; those an earlier version put there are moved on first read.
 */
export function browserRemoteDeps(store: BackgroundVault): RemoteDeps {
  return { ...remoteParts(), vault: createConnectionVault(privateArea(store)) };
}

/** The same network and permissions, with the La Poste tracking key kept in the same private area as the connectors' keys. */
export function browserTrackingDeps(store: BackgroundVault): TrackingDeps {
  return { ...remoteParts(), keys: createTrackingKeyVault(privateArea(store)) };
}

function remoteParts(): Pick<RemoteDeps, 'fetch' | 'hasOrigins'> {
  return { fetch: globalThis.fetch, hasOrigins: (origins) => browser.permissions.contains({ origins }) };
}

function privateArea(store: BackgroundVault) {
  return movedArea(browser.storage.local, { get: (key) => store.getPrivate(key), set: (items) => store.setPrivate(items) });
}
