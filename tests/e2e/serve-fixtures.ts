import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

/**
 * Serves the webmail fixture pages at the REAL webmail URLs (see tests/fixtures/webmail/README.md),
 * with the webmail's kind of CSP, so the extension's real manifest matches and Trusted Types mistakes fail.
 */
export const FIXTURE_ROOT = path.resolve(import.meta.dirname, '../fixtures/webmail');
export const WEBMAIL_CSP = "require-trusted-types-for 'script'; script-src 'self'; object-src 'none'; base-uri 'self'";

/** Every Outlook host of the manifest (utils/webmail/outlook/outlook-hosts.ts). */
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;
const OUTLOOK_HOST = /^outlook\.(office\.com|office365\.com|live\.com|cloud\.microsoft)$/;
const WEBMAIL_URL = /^https:\/\/(mail\.google\.com|outlook\.(office\.com|office365\.com|live\.com|cloud\.microsoft))\//;

const SITES: Array<{ hosts: RegExp; dir: string }> = [
  { hosts: /^mail\.google\.com$/, dir: 'gmail' },
  { hosts: OUTLOOK_HOST, dir: 'outlook' },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Which file answers `url`, or undefined for a 404. */
export function fixtureFileFor(url: URL): string | undefined {
  const site = SITES.find((s) => s.hosts.test(url.hostname));
  if (!site) return undefined;
  const inside = (base: string, rel: string) => {
    const file = path.resolve(base, rel);
    return file.startsWith(base + path.sep) && existsSync(file) ? file : undefined;
  };
  if (url.pathname.startsWith('/_fixture/mailboxes/')) return inside(path.join(FIXTURE_ROOT, 'mailboxes'), url.pathname.slice('/_fixture/mailboxes/'.length));
  if (url.pathname.startsWith('/_fixture/')) return inside(path.join(FIXTURE_ROOT, site.dir), decodeURIComponent(url.pathname.slice('/_fixture/'.length)));
  if (/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('.html')) return undefined;
  const name = url.searchParams.get('fixture');
  return (name && inside(path.join(FIXTURE_ROOT, site.dir), `${name}.html`)) || inside(path.join(FIXTURE_ROOT, site.dir), 'index.html');
}

export interface FixtureResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What a webmail host answers for `url` (a fixture, or a 404), or undefined when `url` is not on a webmail host. */
export async function fixtureResponse(url: URL): Promise<FixtureResponse | undefined> {
  if (!SITES.some((s) => s.hosts.test(url.hostname))) return undefined;
  const file = fixtureFileFor(url);
  if (!file) return { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not a fixture') };
  const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
  if (file.endsWith('.html')) headers['content-security-policy'] = WEBMAIL_CSP;
  return { status: 200, headers, body: await readFile(file) };
}

async function fulfil(route: Route): Promise<void> {
  const response = await fixtureResponse(new URL(route.request().url()));
  await route.fulfill(response ?? { status: 404, body: 'not a fixture' });
}

/** Routes every webmail host of the manifest to the fixtures, and refuses any other network access. */
export async function routeWebmails(context: BrowserContext): Promise<void> {
  await context.route(WEBMAIL_URL, fulfil);
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === 'mail.google.com' || OUTLOOK_HOST.test(host)) return route.fallback();
    return route.abort('blockedbyclient');
  });
}
