import { thinnedProgress, type ProgressReport, type ProgressTask } from '../progress/progress-report';
import type { ProgressEvent } from '../messages';

/** The user cancelled the task: thrown from its progress report, so the task stops where it stands. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

export interface ProgressHub {
  /** The report of one task: thinned, sent to the pages, and throwing CancelledError once the page cancelled it. */
  report(progressId: string, task: ProgressTask): ProgressReport;
  cancel(progressId: string): void;
}

/**
 * Progress of the tasks pages started, by their progressId. Kept in memory: a task lives in one run of the worker (the
 * worker is not stopped while it answers a message), and so does its cancellation.
 */
export function createProgressHub(deliver: (event: ProgressEvent) => void): ProgressHub {
  const cancelled = new Set<string>();
  return {
    report(progressId, task) {
      cancelled.delete(progressId);
      const send = thinnedProgress((step, done, total) => deliver({ type: 'relance:progress', progressId, task, step, done, total }));
      return (step, done, total) => {
        // Checked at every record, not only those reported: a cancelled write stops at the next one.
        if (cancelled.has(progressId)) throw new CancelledError(`${task} cancelled`);
        send(step, done, total);
      };
    },
    cancel: (progressId) => void cancelled.add(progressId),
  };
}
