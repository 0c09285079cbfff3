/**
 * Size of the code the built Chrome service worker loads on every wake-up (issue 17: target ≤ 150 KB raw):
 * background.js and every chunk it imports statically, transitively. Chunks it could only import() are not counted
 * (Chrome's worker cannot import() at all; its heavy work runs in the offscreen document). Beside it, the engine
 * (engine.js), which the worker imports for any event its own script does not answer (utils/background/engine-loader.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUTPUT = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
// Rollup's minified static imports: `import{a as b}from"./chunks/x.js"` and `import"./chunks/x.js"`.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/((?:chunks\/)?[\w.-]+\.js)["']/g;

/** The worker's files, each once: background.js first, then what it imports, transitively. */
export function workerFiles(entry = 'background.js'): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    if (seen.includes(file)) return;
    seen.push(file);
    const js = readFileSync(path.join(OUTPUT, file), 'utf8');
    for (const [, target] of js.matchAll(STATIC_IMPORT)) visit(path.posix.join(path.posix.dirname(file), target));
  };
  visit(entry);
  return seen;
}

/** The worker's code, raw and gzipped, and background.js alone; throws with the fix when the build is absent. */
export function benchWorkerSize(): {
  backgroundRawKb: number;
  backgroundGzipKb: number;
  entryRawKb: number;
  files: number;
  engineRawKb: number;
  engineGzipKb: number;
} {
  for (const entry of ['background.js', 'engine.js'])
    if (!existsSync(path.join(OUTPUT, entry))) throw new Error(`${OUTPUT}/${entry} is missing: run \`npm run build\` first`);
  const size = (entry: string) => {
    const bytes = Buffer.concat(workerFiles(entry).map((f) => readFileSync(path.join(OUTPUT, f))));
    return { raw: kb(bytes.length), gzip: kb(gzipSync(bytes, { level: 9 }).length) };
  };
  const background = size('background.js');
  const engine = size('engine.js');
  return {
    backgroundRawKb: background.raw,
    backgroundGzipKb: background.gzip,
    entryRawKb: kb(readFileSync(path.join(OUTPUT, 'background.js')).length),
    files: workerFiles().length,
    engineRawKb: engine.raw,
    engineGzipKb: engine.gzip,
  };
}
