import type { HeavyWork } from '../heavy-work/heavy-job';
import type { HandlerContext } from './router';

/**
 * Heavy work in this context: Firefox's background page (its bundle carries the libraries) and Node (loaded on first
 * use). Never called in Chrome's service worker, which hands the work to the offscreen document: the branch is cut from
 * its build, bundled whole, lest the DOCX, CSV and XML libraries land in the code every wake-up parses.
 */
export const inProcessHeavyWork: HeavyWork = async (job, progress) => {
  if (import.meta.env.CHROME) throw new Error("Chrome's worker runs heavy work in its offscreen document");
  return (await import('../heavy-work/run-heavy-job')).runHeavyJob(job, progress);
};

/** Where a handler sends its heavy work: the context's runner, or this context (tests, Node). */
export function heavyWorkOf(ctx: HandlerContext): HeavyWork {
  return ctx.heavyWork ?? inProcessHeavyWork;
}
