import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WEBMAIL_MATCHES } from './utils/webmail/webmail-hosts';
import { postcodeCommunes } from './scripts/build/postcode-communes-plugin';
import { modelFiles } from './scripts/build/model-files-plugin';

// The browser-test build (`--mode e2e`: the sidebar's shadow root open) is a production build like the store's: WXT
// takes the mode as NODE_ENV, which gave the tests and the bench Preact's development build (its JSX source records and
// debug hooks; the content script 149 KB instead of 117 KB), slower than what users run.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

// Webmail hosts (utils/webmail/webmail-hosts.ts) are the only pages we touch; see README "Permissions".

// The newest browser feature the bundles rely on without a fallback decides it (tests/e2e/store-package.spec.ts checks
// the bundles against this; see the table there): the offscreen document that does the worker's heavy work needs Chrome 109.
export const MINIMUM_CHROME_VERSION = '109';

// Hosts the background may call once the user allows it from the options page: the invoicing services' APIs, the
// public registries and La Poste's tracking of registered letters. The https wildcard lets Chrome grant the ONE self-hosted Invoice Ninja origin the user types;
// nothing asks for the wildcard itself.
const OPTIONAL_API_HOSTS = [
  'https://app.pennylane.com/*',
  'https://thirdparty.qonto.com/*',
  'https://api.stripe.com/*',
  'https://invoicing.co/*',
  'https://recherche-entreprises.api.gouv.fr/*',
  'https://bodacc-datadila.opendatasoft.com/*',
  'https://api.laposte.fr/*',
  'https://*/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Firefox's background is a page: the engine's script (entrypoints/engine.ts) is listed before the worker's own, so
    // it is there when an event needs it. Chrome's worker imports it then (utils/background/engine-loader.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.background && 'scripts' in manifest.background)
        manifest.background.scripts = ['engine.js', ...(manifest.background.scripts ?? [])];
    },
  },
  imports: false,
  vite: () => ({ plugins: [preact(), postcodeCommunes(), modelFiles()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // offscreen: Chrome's worker hands its DOCX/CSV/XML work to an offscreen document (issue 17); Firefox has no such API.
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [...WEBMAIL_MATCHES],
    // Asked for only when the user connects a service or allows registry lookups (issue 11; tests/manifest-allowlist.ts).
    // MV2 has no optional_host_permissions: hosts go among the optional permissions there.
    ...(manifestVersion === 2 ? { optional_permissions: OPTIONAL_API_HOSTS } : { optional_host_permissions: OPTIONAL_API_HOSTS }),
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Relance collects nothing: AMO's built-in data-consent declaration says so ("none"). Firefox reads that key
            // from 140 (the oldest ESR still supported) on desktop and 142 on Android.
            gecko: { id: 'relance@relance.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
});
