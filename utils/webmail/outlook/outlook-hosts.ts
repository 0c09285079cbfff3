/**
 * Where Outlook on the web is served. Microsoft moved it to `outlook.cloud.microsoft` in 2025-26 (older addresses
 * redirect there; research webmail-dom-2026.md); the others still serve it. The manifest's host permissions list
 * the same origins (../webmail-hosts.ts, tests/manifest-allowlist.ts).
 */
export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;
