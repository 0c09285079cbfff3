/** Size of the built background service worker (issue 17: what every wake-up parses, target ≤ 150 KB raw). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BACKGROUND = path.resolve(import.meta.dirname, '../../.output/chrome-mv3/background.js');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** background.js of the Chrome build, raw and gzipped; throws with the fix when the build is absent. */
export function benchWorkerSize(): { backgroundRawKb: number; backgroundGzipKb: number } {
  if (!existsSync(BACKGROUND)) throw new Error(`${BACKGROUND} is missing: run \`npm run build\` first`);
  const bytes = readFileSync(BACKGROUND);
  return { backgroundRawKb: kb(bytes.length), backgroundGzipKb: kb(gzipSync(bytes, { level: 9 }).length) };
}
