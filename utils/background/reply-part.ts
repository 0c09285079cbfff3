import type { classifyReply } from '../detect/reply';
import type { secondOpinion } from '../detect/second-opinion';
import { provideShippedModel } from '../detect/shipped-models';
import type { HandlerContext } from './router';
import { shippedModelFile } from './shipped-model-files';
import { workerPart, type WorkerPartFile } from './worker-part';

/**
 * The reply reader (phrases, clauses, grammar, dates, its learned model and the second opinion: two thirds of the
 * readers' code), needed only when a debtor's reply is to be read: a thread opened again, its replies all recorded,
 * never loads it. Built for Chrome as entrypoints/worker-replies.ts (reply-part-contents.ts).
 */
export interface ReplyPart {
  classifyReply: typeof classifyReply;
  secondOpinion: typeof secondOpinion;
}

export const REPLY_PART: WorkerPartFile = { file: '/worker-replies.js', global: '__relanceReplyPart' };

/** The reply part, loaded when first asked for. */
export const replyPartLoader = (): (() => Promise<ReplyPart>) =>
  workerPart(REPLY_PART, import.meta.env.CHROME ? undefined : async () => (await import('./reply-part-contents')).replyPart);

const inPlace = replyPartLoader();

/** The context's reply reader (the worker's, its model handed in), or this context's own (Node). */
export function replyPartOf(ctx: Pick<HandlerContext, 'replies'>): Promise<ReplyPart> {
  return ctx.replies ? ctx.replies() : inPlace();
}

/** The worker's reply reader: the part (`load`), with its learned model read from the package (once; retried if it failed). */
export function workerReplies(load: () => Promise<ReplyPart>): () => Promise<ReplyPart> {
  const model = shippedModelFile('reply-kind');
  return async () => {
    const [part] = await Promise.all([load(), model()]);
    return part;
  };
}
