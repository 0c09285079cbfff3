import { browser } from 'wxt/browser';
import { createConnectionVault } from './connection-vault';
import { movedArea } from './moved-area';
import type { RelanceStore } from '../store/relance-store';
import type { RemoteDeps } from './remote-deps';

/**
 * The real network, the background's own vault store and chrome.permissions. Keys are not in storage.local, which
 * content scripts on the webmail hosts can read; those an earlier version put there are moved on first read.
 */
export function browserRemoteDeps(store: RelanceStore): RemoteDeps {
  return {
    fetch: globalThis.fetch,
    vault: createConnectionVault(movedArea(browser.storage.local, { get: (key) => store.getPrivate(key), set: (items) => store.setPrivate(items) })),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
  };
}
