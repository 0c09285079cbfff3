/**
 * What the built manifests may ask for, each entry with its reason. The manifest tests (unit and e2e) fail on
 * anything else: a new permission or host has to be added here, with its reason, in the same change.
 */

/** Required API permissions (granted at install). */
export const PERMISSIONS: Record<string, string> = {
  storage: 'settings and the sidebar state (browser.storage); the invoices themselves live in IndexedDB',
  alarms: 'the daily check that moves invoices along the ladder, also when no webmail tab is open',
  notifications: 'tell the user when reminders are due today',
  unlimitedStorage: 'years of timelines with full reminder texts must not hit the default IndexedDB quota and lose evidence',
  offscreen:
    'Chrome only: the DOCX letters and files, CSV imports and e-invoice XML are made in an offscreen document, so the service worker every wake-up loads stays small (issue 17)',
};

/** Required host permissions: the five webmail origins the content scripts run on, and nothing else. */
export const HOSTS: Record<string, string> = {
  'https://mail.google.com/*': 'Gmail: read the open thread, insert reminders, download an attachment through Gmail’s own link',
  'https://outlook.office.com/*': 'Outlook on the web (Microsoft 365 work accounts)',
  'https://outlook.office365.com/*': 'Outlook on the web (older Microsoft 365 address)',
  'https://outlook.live.com/*': 'Outlook on the web (personal Outlook.com accounts)',
  'https://outlook.cloud.microsoft/*': 'Outlook on the web at Microsoft’s new address (2025-26: work and personal accounts are redirected there)',
};

/**
 * Optional host permissions, asked for only when the user connects a service (issue 11). None is granted at install.
 * Hosts from ../shared/research/saas-apis.md, and the public French registries.
 */
export const OPTIONAL_HOSTS: Record<string, string> = {
  'https://app.pennylane.com/*': 'Pennylane connector: the company API (api/external/v2) with the user’s read-only token',
  'https://thirdparty.qonto.com/*': 'Qonto connector: the Business API (v2/client_invoices) with the user’s login:secret key',
  'https://api.stripe.com/*': 'Stripe connector: invoices read with the user’s restricted rk_ key',
  'https://invoicing.co/*': 'Invoice Ninja connector, hosted edition',
  'https://recherche-entreprises.api.gouv.fr/*': 'company registry lookup by SIREN (public, no key): name, address, active or ceased',
  'https://bodacc-datadila.opendatasoft.com/*': 'BODACC announcements: collective proceedings (sauvegarde, redressement, liquidation) stop the ladder',
  'https://api.laposte.fr/*':
    'La Poste tracking (Suivi v2) of the registered letters the user sent, with the user’s own key, asked on click in the options (issue 18)',
  'https://*/*':
    'Invoice Ninja self-hosted: Chrome only grants an origin at runtime if an optional pattern covers it; the options page asks for exactly the one origin the user typed (permissions.request({origins:[origin + "/*"]})), never for the pattern',
};

/** API permissions that may be optional (asked at runtime); none for now. */
export const OPTIONAL_PERMISSIONS: Record<string, string> = {};

/** Files the webmail pages may load from the extension: the content scripts' styles, never a script. */
export const WEB_ACCESSIBLE = /^content-scripts\/[\w-]+\.css$/;
