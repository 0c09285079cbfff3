import { browser } from 'wxt/browser';
import { createConnectionVault } from './connection-vault';
import type { RemoteDeps } from './remote-deps';

/** The real network, chrome.storage.local and chrome.permissions, for the background. */
export function browserRemoteDeps(): RemoteDeps {
  return {
    fetch: globalThis.fetch,
    vault: createConnectionVault(browser.storage.local),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
  };
}
