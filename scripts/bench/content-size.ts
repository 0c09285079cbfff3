/** Size of the built content scripts, raw and gzipped (issue 5: the Gmail one under 40 KB gzipped; InboxSDK's runtime alone is ~300 KB). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPTS_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
const WEBMAILS = ['gmail', 'outlook'] as const;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export interface ContentSize {
  rawKb: number;
  /** gzip -9, as a store or a CDN would serve it. */
  gzipKb: number;
  /** Stylesheet injected with it, gzipped (not part of the budget: reported to watch it). */
  cssGzipKb: number;
}

/** Sizes of content-scripts/{gmail,outlook}.js in the Chrome build; throws with the fix when the build is absent. */
export function benchContentSize(): Record<(typeof WEBMAILS)[number], ContentSize> {
  const out = {} as Record<(typeof WEBMAILS)[number], ContentSize>;
  for (const webmail of WEBMAILS) {
    const js = path.join(CONTENT_SCRIPTS_DIR, `${webmail}.js`);
    if (!existsSync(js)) throw new Error(`${js} is missing: run \`npm run build\` first`);
    const css = path.join(CONTENT_SCRIPTS_DIR, `${webmail}.css`);
    const bytes = readFileSync(js);
    out[webmail] = {
      rawKb: kb(bytes.length),
      gzipKb: kb(gzipSync(bytes, { level: 9 }).length),
      cssGzipKb: existsSync(css) ? kb(gzipSync(readFileSync(css), { level: 9 }).length) : 0,
    };
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(benchContentSize());
}
