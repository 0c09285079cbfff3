/**
 * The privacy policy is true to the code: every file that can reach the network is declared, every host the code names
 * in the remote layers is in the policy, and docs/privacy.md is the text the options page shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NETWORK_DESTINATIONS, NETWORK_ENTRY_POINTS } from '../../../utils/privacy/network-destinations';
import { privacyPolicyMarkdown } from '../../../utils/privacy/policy-markdown';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['utils', 'components', 'entrypoints'];
/** Folders whose code builds the URLs the background fetches. */
const REMOTE_DIRS = ['utils/connectors', 'utils/registry'];

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
}

// The platform's own network APIs (a `fetch` passed around as a dependency comes from one of these).
const NETWORK_API =
  /(?<![\w$.])fetch\s*\(|\b(globalThis|window|self|win)\.fetch\b|\bnew\s+(XMLHttpRequest|WebSocket|EventSource)\b|\.sendBeacon\s*\(|\bimportScripts\s*\(/;
const code = (file: string) => readFileSync(path.join(ROOT, file), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');

describe('privacy policy and the network', () => {
  it('every source file that uses a network API is declared in NETWORK_ENTRY_POINTS (and each declared one still does)', () => {
    const using = SOURCE_DIRS.flatMap(sources)
      .filter((f) => NETWORK_API.test(code(f)))
      .sort();
    expect(using).toEqual(Object.keys(NETWORK_ENTRY_POINTS).sort());
  });

  it('every https host named by the remote layers is a destination the policy names', () => {
    const named = new Set(NETWORK_DESTINATIONS.map((d) => d.host));
    const hosts = REMOTE_DIRS.flatMap(sources).flatMap((f) =>
      [...code(f).matchAll(/['"`](https:\/\/[a-z0-9.-]+\.[a-z]{2,})(?=[/'"`])/gi)].map((m) => `${f}: ${m[1]}`),
    );
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((h) => !named.has(h.split(': ')[1]))).toEqual([]);
  });

  it('the optional hosts of the manifest are the policy’s destinations (plus the self-hosted pattern)', () => {
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    const optional = [...config.slice(config.indexOf('OPTIONAL_API_HOSTS')).matchAll(/'(https:\/\/[^']+)\/\*'/g)]
      .map((m) => m[1])
      .filter((h) => h !== 'https://*');
    expect(new Set(optional)).toEqual(new Set(NETWORK_DESTINATIONS.map((d) => d.host)));
  });

  it('docs/privacy.md is the policy the options page shows (run `npm run docs:privacy` after changing it)', () => {
    expect(readFileSync(path.join(ROOT, 'docs/privacy.md'), 'utf8')).toBe(privacyPolicyMarkdown());
  });
});
