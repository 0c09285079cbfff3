/**
 * What the Chrome Web Store and addons.mozilla.org review, checked offline on the built packages (after `npm run build`):
 * Mozilla's own linter on the Firefox package, no code built from strings or fetched at run time in any bundle, icons at
 * every declared size, and a minimum_chrome_version equal to the newest feature the bundles rely on.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ADDONS_LINTER_ALLOWED } from '../addons-linter-allowlist';
import { PERMISSIONS } from '../manifest-allowlist';
import { BUILDS, OUTPUT_DIR, readBuiltManifest } from '../unit/manifest/manifest-problems';

const LINTER = path.resolve(import.meta.dirname, '../../node_modules/.bin/addons-linter');

function filesUnder(dir: string, extension: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extension.test(f) && statSync(path.join(dir, f)).isFile())
    .map((f) => path.join(dir, f));
}

/** Code built from strings or loaded from elsewhere, which both stores refuse (MV3: "remotely hosted code"). */
const FORBIDDEN_IN_JS: Array<[RegExp, string]> = [
  [/(?<![\w$.])eval\s*\(/, 'eval('],
  [/new\s+Function\s*\(/, 'new Function('],
  [/(?<![\w$.])Function\s*\(\s*["'`]/, 'Function("…")'],
  [/set(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string'],
  [/importScripts\s*\(\s*["'`]https?:/, 'importScripts from the network'],
  [/import\s*\(\s*["'`]https?:/, 'import() from the network'],
  [/\.src\s*=\s*["'`]https?:[^"'`]*\.m?js\b/, 'a script URL on the network'],
];

/** Features the bundles use without a fallback, and the Chrome version that brought each. */
const CHROME_FEATURES: Array<{ what: string; since: number; used: (js: string, manifest: Record<string, unknown>) => boolean }> = [
  { what: 'MV3 module service worker', since: 92, used: (_js, m) => (m.background as { type?: string } | undefined)?.type === 'module' },
  { what: 'Array.prototype.at', since: 92, used: (js) => /\.at\(-\d/.test(js) },
  { what: 'structuredClone', since: 98, used: (js) => /\bstructuredClone\(/.test(js) },
  { what: 'chrome.storage area setAccessLevel', since: 102, used: (js) => /\.setAccessLevel\(/.test(js) },
  { what: 'chrome.offscreen', since: 109, used: (js) => /\.offscreen\.createDocument\(/.test(js) },
  { what: 'chrome.runtime.getContexts', since: 116, used: (js) => /\.getContexts\(/.test(js) },
  { what: 'Promise.withResolvers', since: 119, used: (js) => /Promise\.withResolvers\(/.test(js) },
];

test('Firefox package: Mozilla’s addons-linter finds no error, and every warning is explained', () => {
  const built = readBuiltManifest('firefox');
  expect(built, 'run `npm run build` first').toBeDefined();
  let out: string;
  try {
    out = execFileSync(LINTER, [built!.dir, '--output', 'json'], { encoding: 'utf8', maxBuffer: 50_000_000 });
  } catch (error) {
    // The linter exits non-zero when it finds errors; its report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out) as Record<'errors' | 'warnings' | 'notices', Array<{ code: string; file?: string; message: string }>>;
  const describe = (m: { code: string; file?: string; message: string }) => `${m.code} ${m.file ?? ''}: ${m.message}`;
  expect(report.errors.map(describe)).toEqual([]);
  const unexplained = report.warnings.filter((w) => !ADDONS_LINTER_ALLOWED.some((a) => a.code === w.code && a.file.test(w.file ?? '')));
  expect(unexplained.map(describe)).toEqual([]);
});

for (const target of Object.keys(BUILDS) as Array<keyof typeof BUILDS>) {
  test(`${target} package: no code from strings or from the network in any bundle, no inline script`, () => {
    const built = readBuiltManifest(target);
    expect(built, 'run `npm run build` first').toBeDefined();
    const problems: string[] = [];
    for (const file of filesUnder(built!.dir, /\.m?js$/)) {
      const js = readFileSync(file, 'utf8');
      for (const [pattern, what] of FORBIDDEN_IN_JS) if (pattern.test(js)) problems.push(`${path.relative(OUTPUT_DIR, file)}: ${what}`);
    }
    for (const file of filesUnder(built!.dir, /\.html$/)) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
        if (!src) problems.push(`${path.relative(OUTPUT_DIR, file)}: inline script`);
        else if (/^(https?:)?\/\//.test(src)) problems.push(`${path.relative(OUTPUT_DIR, file)}: remote script ${src}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test(`${target} package: an icon at every declared size, square PNG of that size`, () => {
    const built = readBuiltManifest(target)!;
    const icons = built.manifest.icons as Record<string, string>;
    expect(
      Object.keys(icons)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([16, 32, 48, 128]);
    for (const [size, file] of Object.entries(icons)) {
      const png = readFileSync(path.join(built.dir, file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  });
}

test('Chrome package: permissions are exactly the allowlist’s, and minimum_chrome_version is the newest feature the bundles rely on', () => {
  const built = readBuiltManifest('chrome')!;
  expect([...(built.manifest.permissions as string[])].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  const js = filesUnder(built.dir, /\.m?js$/)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const used = CHROME_FEATURES.filter((f) => f.used(js, built.manifest));
  const needed = Math.max(...used.map((f) => f.since));
  expect(Number(built.manifest.minimum_chrome_version), `features used: ${used.map((f) => `${f.what} (${f.since})`).join(', ')}`).toBe(needed);
});
