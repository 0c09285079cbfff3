/**
 * Chrome's own share of a service worker's wake-up on this machine (issue 17): an extension whose worker is three
 * statements, stopped and woken exactly as the webmail bench does Relance's (a fresh profile, the worker stopped through
 * the DevTools protocol after a second idle, then a message). No worker can answer its first message sooner, whatever
 * its code: this is the floor under webmail.*.workerFirstAnswerMs, measured in the same run on the same machine.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../../tests/e2e/launch';
import { stopWorker } from '../../tests/e2e/stop-worker';

const RUNS = Number(process.env.EMPTY_WORKER_RUNS ?? 5);
const IDLE_MS = 1_000;

/** The smallest extension with a worker that answers: its marks are the webmail bench's, from the worker's start. */
function emptyExtension(): string {
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
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'page.html'), '<!doctype html><title>bench</title>');
  return dir;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const round = (ms: number) => Math.round(ms * 100) / 100;

export interface EmptyWorkerFigures {
  /** From the worker's start to its script running (Chrome's start of the worker, with nothing of ours to load). */
  emptyWorkerScriptMs: number;
  /** From the worker's start to its first message answered. */
  emptyWorkerFirstAnswerMs: number;
}

export async function benchEmptyWorker(runs = RUNS): Promise<{ figures: EmptyWorkerFigures; details: { runsMs: number[][] } }> {
  const extensionDir = emptyExtension();
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
  return {
    figures: {
      emptyWorkerScriptMs: round(median(measured.map(([script]) => script))),
      emptyWorkerFirstAnswerMs: round(median(measured.map(([, answer]) => answer))),
    },
    details: { runsMs: measured.map(([script, answer]) => [round(script), round(answer)]) },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(JSON.stringify(await benchEmptyWorker(), null, 2));
