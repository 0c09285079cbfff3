import { browser } from 'wxt/browser';
import type { HeavyWork } from '../heavy-work/heavy-job';
import { jobToWire, resultFromWire } from '../messaging/heavy-job-wire';
import { heavyJobReplySchema, heavyProgressSchema, type HeavyJobMessage } from '../messages';
import type { ProgressReport } from '../progress/progress-report';

/** The page that does the worker's heavy work in Chrome (entrypoints/offscreen). */
export const OFFSCREEN_PATH = '/offscreen.html';
/** Closed after this long without a job: it holds docx and xmldom in memory for nothing otherwise. */
const IDLE_CLOSE_MS = 60_000;

declare const self: { clients: { matchAll(options: { includeUncontrolled?: boolean }): Promise<Array<{ url: string }>> } };

export interface OffscreenHeavyWork {
  work: HeavyWork;
  /** Takes a progress message of the offscreen document's job to its report; true when the message was one. */
  hearProgress(message: unknown, senderUrl: string | undefined): boolean;
}

/**
 * Chrome: the service worker cannot import() a module after it started, so the rare work that needs large libraries
 * runs in an offscreen document, created on the first job and closed when idle (issue 17).
 */
export function offscreenHeavyWork(): OffscreenHeavyWork {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const progressOf = new Map<string, ProgressReport>();
  let opening: Promise<void> | undefined;
  let running = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  // Another run of this worker may have left the document open: Chrome allows one per extension.
  const isOpen = async () => (await self.clients.matchAll({ includeUncontrolled: true })).some((c) => c.url === url);
  const open = () => {
    opening ??= (async () => {
      if (!(await isOpen()))
        await browser.offscreen.createDocument({
          url: OFFSCREEN_PATH,
          reasons: ['BLOBS', 'DOM_PARSER'],
          justification: 'Builds the DOCX letters and evidence files, reads CSV imports and e-invoice XML the user asked for.',
        });
    })().finally(() => {
      opening = undefined;
    });
    return opening;
  };
  const closeWhenIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (running === 0) void browser.offscreen.closeDocument().catch(() => undefined);
    }, IDLE_CLOSE_MS);
  };

  const work: HeavyWork = async (job, progress) => {
    const jobId = crypto.randomUUID();
    running++;
    clearTimeout(idleTimer);
    if (progress) progressOf.set(jobId, progress);
    try {
      await open();
      const message: HeavyJobMessage = { type: 'relance:heavy-job', jobId, job: jobToWire(job) };
      const reply = heavyJobReplySchema.safeParse(await browser.runtime.sendMessage(message));
      if (!reply.success) throw new Error(`${job.kind}: the offscreen document gave no usable answer`);
      if (!reply.data.ok) throw new Error(reply.data.message);
      return resultFromWire(job.kind, reply.data.value);
    } finally {
      progressOf.delete(jobId);
      running--;
      closeWhenIdle();
    }
  };

  return {
    work,
    hearProgress(message, senderUrl) {
      if (senderUrl !== url) return false;
      const parsed = heavyProgressSchema.safeParse(message);
      if (!parsed.success) return false;
      const { jobId, step, done, total } = parsed.data;
      try {
        progressOf.get(jobId)?.(step, done, total);
      } catch {
        // A cancelled report throws; the document's job cannot be stopped midway and ends on its own.
      }
      return true;
    },
  };
}
