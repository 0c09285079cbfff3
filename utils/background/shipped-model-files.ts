import type { PublicPath } from 'wxt/browser';
import type { PackedNaiveBayes } from '../detect/naive-bayes';
import { provideShippedModel, type ShippedModelName } from '../detect/shipped-models';
import { readPackagedJson } from './packaged-file';

/** Where each model is packaged, from the extension's root. */
const SHIPPED_MODEL_FILES: Readonly<Record<ShippedModelName, Extract<PublicPath, `${string}.json`>>> = {
  'reply-kind': '/reply-kind-model.json',
  invoice: '/invoice-model.json',
};

/**
 * Reads a learned reader's model from the extension's package (public/*-model.json), which the build leaves out of the
 * worker's code, and hands it to the readers. Awaited before the first mail it reads, once; a file that cannot be read
 * (a damaged install) leaves the rules reading alone and is asked for again on the next read.
 */
export function shippedModelFile(name: ShippedModelName): () => Promise<void> {
  let handedIn: Promise<void> | undefined;
  return () =>
    (handedIn ??= readPackagedJson<PackedNaiveBayes>(SHIPPED_MODEL_FILES[name]).then(
      (model) => {
        provideShippedModel(name, model);
        performance.mark(`relance:model-${name}`); // User Timing (npm run bench)
      },
      () => {
        handedIn = undefined;
      },
    ));
}
