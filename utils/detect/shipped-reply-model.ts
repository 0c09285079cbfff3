/**
 * The learned reply reader as shipped (public/reply-kind-model.json, `npm run model:train`). Node imports the file; the
 * extension's build leaves it out of the worker's code (scripts/build/reply-model-file-plugin.ts: ~113 KB every
 * wake-up would parse) and the worker hands it in once read from the package (utils/background/shipped-reply-model-file.ts).
 */
import packedFile from '../../public/reply-kind-model.json';
import { unpackReplyKindModel, type PackedReplyKindModel, type ReplyKindModel } from './reply-kind-model';

// Undefined in the extension's bundles until handed in.
let packed: PackedReplyKindModel | undefined = packedFile as PackedReplyKindModel | undefined;
let unpacked: ReplyKindModel | undefined;

/** The shipped model, unpacked on first use (a few ms); null while a build that leaves it out has not been handed it: the rules read alone. */
export function shippedReplyKindModel(): ReplyKindModel | null {
  if (!packed) return null;
  unpacked ??= unpackReplyKindModel(packed);
  return unpacked;
}

/** Hands in the shipped model read from its file (the worker, once). */
export function provideShippedReplyKindModel(model: PackedReplyKindModel): void {
  packed = model;
  unpacked = undefined;
}
