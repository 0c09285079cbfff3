/**
 * Least privilege, checked on the BUILT manifests (.output/, from `npm run build`): nothing beyond tests/manifest-allowlist.ts.
 * `npm test` builds after the unit tests, so a fresh checkout skips here; tests/e2e/manifest.spec.ts runs the same checks after the build, always.
 */
import { describe, expect, it } from 'vitest';
import { BUILDS, cspProblems, manifestProblems, readBuiltManifest, remoteScriptProblems } from './manifest-problems';

describe('the checks themselves', () => {
  const base = { manifest_version: 3, content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } };

  it('pass a manifest asking only for what the allowlist has', () => {
    const manifest = {
      ...base,
      permissions: ['storage', 'alarms'],
      host_permissions: ['https://mail.google.com/*'],
      optional_host_permissions: ['https://api.stripe.com/*'],
    };
    expect(manifestProblems(manifest, '/nonexistent')).toEqual([]);
  });

  it('catch an extra permission, a broad host, externally_connectable, a loose CSP and web resources for every site', () => {
    const manifest = {
      ...base,
      permissions: ['storage', 'tabs', 'cookies'],
      host_permissions: ['<all_urls>'],
      externally_connectable: { matches: ['https://*/*'] },
      content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval' https://cdn.example; object-src 'self'" },
      web_accessible_resources: [{ resources: ['content-scripts/gmail.js'], matches: ['<all_urls>'] }],
      background: { service_worker: 'https://evil.example/bg.js' },
    };
    const problems = manifestProblems(manifest, '/nonexistent').join('\n');
    for (const expected of [
      'permission not in the allowlist: tabs',
      'cookies',
      'host permission not in the allowlist: <all_urls>',
      'externally_connectable',
      "'unsafe-eval'",
      'https://cdn.example',
      'content-scripts/gmail.js',
      'offered to not in the allowlist: <all_urls>',
      'remote code: https://evil.example/bg.js',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('catch an MV2 manifest listing a foreign host among its permissions', () => {
    const manifest = {
      manifest_version: 2,
      permissions: ['storage', 'https://mail.google.com/*', 'https://evil.example/*'],
      content_security_policy: "script-src 'self'; object-src 'self'",
    };
    expect(manifestProblems(manifest, '/nonexistent')).toEqual(['host permission not in the allowlist: https://evil.example/*']);
  });

  it('catch remote and inline scripts in a page, and a CSP without script-src', () => {
    expect(remoteScriptProblems('<script type="module" src="/chunks/a.js"></script>', 'a.html')).toEqual([]);
    expect(remoteScriptProblems('<script src="https://cdn.example/x.js"></script><script>alert(1)</script>', 'a.html')).toEqual([
      'a.html: remote script https://cdn.example/x.js',
      'a.html: inline script',
    ]);
    expect(cspProblems("object-src 'self'", 'p')).toEqual(['p: no script-src']);
  });
});

for (const target of Object.keys(BUILDS) as Array<keyof typeof BUILDS>) {
  const built = readBuiltManifest(target);
  describe.skipIf(!built)(`built ${BUILDS[target]} manifest`, () => {
    it('asks for nothing beyond the allowlist: permissions, hosts, CSP, no remote code, web resources for the webmails only', () => {
      expect(manifestProblems(built!.manifest, built!.dir)).toEqual([]);
    });
  });
  if (!built)
    console.warn(`manifest check skipped: .output/${BUILDS[target]} is absent (run \`npm run build\`; tests/e2e/manifest.spec.ts checks it after the build)`);
}
