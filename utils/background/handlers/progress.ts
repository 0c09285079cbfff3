import type { Handler, HandlersIn } from '../router';

/** The page's cancel of a task it started: the task stops at its next record, leaving nothing half-written. */
export const cancelProgress: Handler<'progress:cancel'> = async ({ progressId }, ctx) => {
  ctx.progress?.cancel(progressId);
  return { cancelled: true };
};

export const progressHandlers = {
  'progress:cancel': cancelProgress,
} satisfies HandlersIn<'progress'>;
