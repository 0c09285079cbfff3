/** Test support: everything a built manifest asks for beyond tests/manifest-allowlist.ts, as readable problems. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTS, OPTIONAL_HOSTS, OPTIONAL_PERMISSIONS, PERMISSIONS, WEB_ACCESSIBLE } from '../../manifest-allowlist';

export const OUTPUT_DIR = path.resolve(import.meta.dirname, '../../../.output');
export const BUILDS = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' } as const;

type Manifest = Record<string, unknown> & { manifest_version: number };
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const outside = (values: string[], allowed: Record<string, string>, what: string) =>
  values.filter((v) => !(v in allowed)).map((v) => `${what} not in the allowlist: ${v}`);
const isHost = (value: string) => /^(\*|https?|wss?|file|ftp|<all_urls>)/.test(value) && (value.includes('://') || value === '<all_urls>');

/** Problems of a CSP: any eval, inline script, or script/object source other than the extension itself. */
export function cspProblems(csp: string | undefined, where: string): string[] {
  if (!csp) return [`${where}: no content_security_policy for extension pages (the browser default is fine, but ours must be explicit)`];
  const problems: string[] = [];
  if (/'unsafe-eval'/.test(csp)) problems.push(`${where}: 'unsafe-eval' in the CSP`);
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
  for (const name of ['script-src', 'object-src']) {
    const sources = directives.get(name) ?? directives.get('default-src');
    if (!sources) problems.push(`${where}: no ${name}`);
    else
      for (const source of sources)
        if (source !== "'self'" && source !== "'wasm-unsafe-eval'") problems.push(`${where}: ${name} allows ${source} (remote or inline code)`);
  }
  return problems;
}

/** Every problem of one built manifest (`dir` is the build directory, for checking referenced files). */
export function manifestProblems(manifest: Manifest, dir: string): string[] {
  const problems: string[] = [];
  const mv3 = manifest.manifest_version === 3;
  const permissions = list(manifest.permissions);
  if (mv3) {
    problems.push(...outside(permissions, PERMISSIONS, 'permission'));
    problems.push(...outside(list(manifest.host_permissions), HOSTS, 'host permission'));
    problems.push(...outside(list(manifest.optional_host_permissions), OPTIONAL_HOSTS, 'optional host permission'));
    problems.push(...outside(list(manifest.optional_permissions), OPTIONAL_PERMISSIONS, 'optional permission'));
  } else {
    // MV2 lists hosts among the permissions.
    problems.push(
      ...outside(
        permissions.filter((p) => !isHost(p)),
        PERMISSIONS,
        'permission',
      ),
    );
    problems.push(...outside(permissions.filter(isHost), HOSTS, 'host permission'));
    const optional = list(manifest.optional_permissions);
    problems.push(...outside(optional.filter(isHost), OPTIONAL_HOSTS, 'optional host permission'));
    problems.push(
      ...outside(
        optional.filter((p) => !isHost(p)),
        OPTIONAL_PERMISSIONS,
        'optional permission',
      ),
    );
  }
  if ('externally_connectable' in manifest) problems.push('externally_connectable is set: web pages and other extensions could message us');

  const csp = manifest.content_security_policy as { extension_pages?: string } | string | undefined;
  problems.push(...cspProblems(typeof csp === 'string' ? csp : csp?.extension_pages, 'extension pages'));

  const scripts = (manifest.content_scripts ?? []) as Array<{ matches?: string[]; js?: string[]; css?: string[] }>;
  for (const script of scripts) {
    problems.push(...outside(list(script.matches), HOSTS, 'content script match'));
    for (const file of [...list(script.js), ...list(script.css)]) problems.push(...localFileProblems(file, dir, 'content script'));
  }
  const background = (manifest.background ?? {}) as { service_worker?: string; scripts?: string[]; page?: string };
  for (const file of [background.service_worker, ...list(background.scripts), background.page].filter((f): f is string => Boolean(f))) {
    problems.push(...localFileProblems(file, dir, 'background'));
  }

  const war = (manifest.web_accessible_resources ?? []) as Array<string | { resources?: string[]; matches?: string[]; extension_ids?: string[] }>;
  for (const entry of war) {
    if (typeof entry === 'string') {
      // MV2 cannot scope resources to hosts: keep it to the content scripts' styles.
      if (!WEB_ACCESSIBLE.test(entry)) problems.push(`web accessible resource beyond the content styles: ${entry}`);
      continue;
    }
    for (const resource of list(entry.resources))
      if (!WEB_ACCESSIBLE.test(resource)) problems.push(`web accessible resource beyond the content styles: ${resource}`);
    if (list(entry.matches).length === 0) problems.push('web accessible resources without matches');
    problems.push(...outside(list(entry.matches), HOSTS, 'web accessible resources offered to'));
    if (list(entry.extension_ids).length > 0) problems.push(`web accessible resources offered to other extensions: ${list(entry.extension_ids).join(', ')}`);
  }

  for (const page of htmlPages(dir)) problems.push(...remoteScriptProblems(readFileSync(path.join(dir, page), 'utf8'), page));
  return problems;
}

function localFileProblems(file: string, dir: string, what: string): string[] {
  if (/^[a-z]+:\/\//i.test(file) || file.startsWith('//')) return [`${what} loads remote code: ${file}`];
  return existsSync(path.join(dir, file)) ? [] : [`${what} file missing from the build: ${file}`];
}

function htmlPages(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')) : [];
}

/** A <script> from another origin, or an inline one (which the CSP would block anyway: a sign of a wrong build). */
export function remoteScriptProblems(html: string, page: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(match[1])?.[1];
    if (src && (/^[a-z]+:/i.test(src) || src.startsWith('//'))) problems.push(`${page}: remote script ${src}`);
    if (!src && match[2].trim() !== '') problems.push(`${page}: inline script`);
  }
  for (const match of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?((?:[a-z]+:)?\/\/[^"'\s>]+)/gi)) problems.push(`${page}: remote resource ${match[1]}`);
  return problems;
}

/** The built manifest of one target, or undefined when that build is absent. */
export function readBuiltManifest(target: keyof typeof BUILDS): { manifest: Manifest; dir: string } | undefined {
  const dir = path.join(OUTPUT_DIR, BUILDS[target]);
  const file = path.join(dir, 'manifest.json');
  return existsSync(file) ? { manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest, dir } : undefined;
}
