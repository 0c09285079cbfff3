import { browser } from 'wxt/browser';
import type { EraseDeps } from './erase-deps';

/** The real storage and permissions APIs behind "delete everything". */
export function browserEraseDeps(): EraseDeps {
  return {
    clearLocalStorage: () => browser.storage.local.clear(),
    async grantedOptionalOrigins() {
      const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
      const granted = (await browser.permissions.getAll()).origins ?? [];
      return granted.filter((origin) => !required.has(origin));
    },
    async removeOrigins(origins) {
      if (origins.length > 0) await browser.permissions.remove({ origins });
    },
  };
}
