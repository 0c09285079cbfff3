import type { PackedReplyKindModel } from '../detect/reply-kind-model';
import { provideShippedReplyKindModel } from '../detect/shipped-reply-model';
import { readPackagedJson, rememberedUntilFailure } from './packaged-file';

/**
 * Reads the learned reply model from the extension's package (public/reply-kind-model.json), which the build leaves
 * out of the worker's code, and hands it to the readers. Started when the worker wakes and awaited before a reply is
 * read, so reading never waits for it twice; a file that cannot be read (a damaged install) leaves the rules reading
 * alone and is asked for again on the next reply.
 */
export function shippedReplyModelFile(): () => Promise<void> {
  const read = rememberedUntilFailure(async () => {
    provideShippedReplyKindModel(await readPackagedJson<PackedReplyKindModel>('/reply-kind-model.json'));
    performance.mark('relance:reply-model-file'); // User Timing (npm run bench)
  });
  return () => read(undefined).catch(() => undefined);
}
