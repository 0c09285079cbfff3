import { browser } from 'wxt/browser';
import { createConnectionVault } from './connection-vault';
import { movedArea } from './moved-area';
import type { RemoteDeps } from './remote-deps';

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
  return {
    fetch: globalThis.fetch,
    vault: createConnectionVault(movedArea(browser.storage.local, { get: (key) => store.getPrivate(key), set: (items) => store.setPrivate(items) })),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
  };
}
