import type { HeavyWork } from '../heavy-work/heavy-job';
import type { HandlerContext } from './router';

/**
 * Heavy work in this context, its libraries loaded on first use: Firefox's background page and Node. Never called in
 * Chrome's service worker (which cannot import() and hands the work to the offscreen document instead).
 */
export const inProcessHeavyWork: HeavyWork = async (job, progress) => (await import('../heavy-work/run-heavy-job')).runHeavyJob(job, progress);

/** Where a handler sends its heavy work: the context's runner, or this context (tests, Node). */
export function heavyWorkOf(ctx: HandlerContext): HeavyWork {
  return ctx.heavyWork ?? inProcessHeavyWork;
}
