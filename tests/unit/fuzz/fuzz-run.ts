/**
 * Test support for the fuzz suite: runs a fast-check property with a per-case time bound, counts the cases,
 * prints one "fuzz <target>: N cases" line and leaves the count in bench-results/fuzz/ for `npm run bench`.
 * Seed and size: FUZZ_SEED (default fixed, so CI is reproducible; a failure prints its seed and path) and
 * FUZZ_SCALE (multiplies every run count; e.g. FUZZ_SCALE=20 for a long local session).
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const FUZZ_RESULTS_DIR = path.resolve(import.meta.dirname, '../../../bench-results/fuzz');

export interface FuzzOptions {
  /** Cases to run at FUZZ_SCALE=1. */
  runs: number;
  /** A single case slower than this fails the property (the "within a time bound" half of every target). */
  caseMs: number;
}

export interface FuzzCount {
  target: string;
  cases: number;
  ms: number;
  slowestCaseMs: number;
}

/**
 * Asserts `check` on `runs` generated values: it must return (or reject the way `check` allows) within `caseMs`.
 * Sync work cannot be interrupted, so a slow case is measured and failed after the fact; a hang is caught by vitest's timeout.
 */
export async function fuzz<T>(target: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => unknown, options: FuzzOptions): Promise<FuzzCount> {
  let cases = 0;
  let slowest = 0;
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      cases++;
      const at = performance.now();
      await check(value);
      const ms = performance.now() - at;
      slowest = Math.max(slowest, ms);
      if (ms > options.caseMs) throw new Error(`${target}: one case took ${ms.toFixed(1)} ms (bound ${options.caseMs} ms)`);
    }),
    { numRuns: Math.max(1, Math.round(options.runs * SCALE)), seed: SEED },
  );
  const count: FuzzCount = { target, cases, ms: Math.round(performance.now() - started), slowestCaseMs: Math.round(slowest * 10) / 10 };
  record(count);
  return count;
}

function record(count: FuzzCount): void {
  console.log(`fuzz ${count.target}: ${count.cases} cases in ${count.ms} ms (slowest ${count.slowestCaseMs} ms)`);
  mkdirSync(FUZZ_RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(FUZZ_RESULTS_DIR, `${count.target.replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify(count));
}
