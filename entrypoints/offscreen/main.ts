import { browser } from 'wxt/browser';
import { jobFromWire, resultToWire } from '../../utils/messaging/heavy-job-wire';
import { runHeavyJob } from '../../utils/heavy-work/run-heavy-job';
import { errorMessage } from '../../utils/errors/error-message';
import { heavyJobMessageSchema, type HeavyJobReply, type HeavyProgress } from '../../utils/messages';
import { thinnedProgress } from '../../utils/progress/progress-report';

// Chrome's offscreen document (utils/background/offscreen-heavy-work.ts): does the worker's heavy jobs, nothing else.
const worker = new URL(browser.runtime.getURL('/background.js'));

browser.runtime.onMessage.addListener((message: unknown, sender): Promise<HeavyJobReply> | undefined => {
  // Every extension page hears runtime messages: answer only the worker's jobs, leave the rest unanswered.
  const parsed = heavyJobMessageSchema.safeParse(message);
  if (!parsed.success || sender.id !== browser.runtime.id || sender.tab || (sender.url && new URL(sender.url).href !== worker.href)) return undefined;
  const { jobId, job } = parsed.data;
  const progress = thinnedProgress((step, done, total) => {
    const heard: HeavyProgress = { type: 'relance:heavy-progress', jobId, step, done, total };
    void browser.runtime.sendMessage(heard).catch(() => undefined);
  });
  return runHeavyJob(jobFromWire(job), progress).then(
    (result) => ({ ok: true, value: resultToWire(job.kind, result) }),
    (error: unknown) => ({ ok: false, message: errorMessage(error) }),
  );
});
