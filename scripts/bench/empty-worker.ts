/**
 * Chrome's own share of a service worker's wake-up on this machine (issue 17): an extension whose worker is three
 * statements, stopped and woken exactly as the webmail bench does Relance's (a fresh profile, the worker stopped through
 * the DevTools protocol after a second idle, then a message). No worker can answer its first message sooner, whatever
 * its code: this is the floor under webmail.*.workerFirstAnswerMs, measured in the same run on the same machine.
 * The same worker carrying Relance's worker code in a function it never calls tells what the size of that code costs
 * each wake-up by itself (issue 17: ~6-8 ms per 100 KB here, run or not).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, launchWithExtension } from '../../tests/e2e/launch';
import { stopWorker } from '../../tests/e2e/stop-worker';
import { median } from './median';

const RUNS = Number(process.env.EMPTY_WORKER_RUNS ?? 5);
const IDLE_MS = 1_000;

/**
 * The smallest extension with a worker that answers: its marks are the webmail bench's, from the worker's start.
 * `carried`: code the worker holds in a function it never calls.
 */
function emptyExtension(carried?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'empty-worker-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Empty worker (bench)', version: '1.0', background: { service_worker: 'worker.js' } }),
  );
  writeFileSync(
    path.join(dir, 'worker.js'),
    [
      "performance.mark('script');",
      'chrome.runtime.onMessage.addListener((message, sender, reply) => {',
      "  if (performance.getEntriesByName('answer').length === 0) performance.mark('answer');",
      '  reply({ ok: true });',
      '});',
      ...(carried === undefined ? [] : ['function carried() {', carried, '}']),
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'page.html'), '<!doctype html><title>bench</title>');
  return dir;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export interface EmptyWorkerFigures {
  /** From the worker's start to its script running (Chrome's start of the worker, with nothing of ours to load). */
  emptyWorkerScriptMs: number;
  /** From the worker's start to its first message answered. */
  emptyWorkerFirstAnswerMs: number;
  /** The empty worker's script start when it carries the production build's worker code, never run. */
  carryingRelanceScriptMs: number;
}

/** The marks [script, answer] of `runs` wake-ups of the extension in `extensionDir`, each in a fresh profile. */
async function wakeUps(extensionDir: string, runs: number): Promise<Array<[number, number]>> {
  const measured: Array<[number, number]> = [];
  for (let run = 0; run < runs; run++) {
    const { context, extensionId } = await launchWithExtension({ extensionDir });
    try {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/page.html`);
      await page.waitForTimeout(IDLE_MS);
      await stopWorker(page);
      // The page is the extension's own, where `chrome.runtime` is defined.
      await page.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: string): Promise<unknown> } } }).chrome.runtime.sendMessage('wake'),
      );
      const worker = context.serviceWorkers()[0];
      if (!worker) throw new Error('the empty worker was not restarted by the message');
      const [script, answer] = await worker.evaluate(() => ['script', 'answer'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN));
      measured.push([script, answer]);
    } finally {
      await context.close();
    }
  }
  return measured;
}

export async function benchEmptyWorker(runs = RUNS): Promise<{ figures: EmptyWorkerFigures; details: { runsMs: number[][]; carryingRunsMs: number[][] } }> {
  const workerCode = path.join(EXTENSION_DIR, 'background.js');
  if (!existsSync(workerCode)) throw new Error(`${workerCode} is missing: run \`npm run build\` first`);
  const empty = await wakeUps(emptyExtension(), runs);
  const carrying = await wakeUps(emptyExtension(readFileSync(workerCode, 'utf8')), runs);
  const rounded = (measured: Array<[number, number]>) => measured.map(([script, answer]) => [round(script), round(answer)]);
  return {
    figures: {
      emptyWorkerScriptMs: round(median(empty.map(([script]) => script))),
      emptyWorkerFirstAnswerMs: round(median(empty.map(([, answer]) => answer))),
      carryingRelanceScriptMs: round(median(carrying.map(([script]) => script))),
    },
    details: { runsMs: rounded(empty), carryingRunsMs: rounded(carrying) },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(JSON.stringify(await benchEmptyWorker(), null, 2));
