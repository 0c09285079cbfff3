import type { PublicPath } from 'wxt/browser';
import type { PackedNaiveBayes } from '../detect/naive-bayes';
import { provideShippedModel, type ShippedModelName } from '../detect/shipped-models';
import { readPackagedJson, rememberedUntilFailure } from './packaged-file';

/** Where each model is packaged, from the extension's root. */
const SHIPPED_MODEL_FILES: Readonly<Record<ShippedModelName, Extract<PublicPath, `${string}.json`>>> = {
  'reply-kind': '/reply-kind-model.json',
  invoice: '/invoice-model.json',
};

/**
 * Reads the learned readers' models from the extension's package (public/*-model.json), which the build leaves out of
 * the worker's code, and hands them to the readers: the one named, or both. Read when a mail is first to be read by
 * that reader and awaited before it, so reading never waits for it twice; a file that cannot be read (a damaged
 * install) leaves the rules reading alone and is asked for again on the next read.
 */
export function shippedModelFiles(): (name?: ShippedModelName) => Promise<void> {
  const read = rememberedUntilFailure(async (name: ShippedModelName) => {
    provideShippedModel(name, await readPackagedJson<PackedNaiveBayes>(SHIPPED_MODEL_FILES[name]));
    // User Timing (npm run bench), once per file read: a mark per ask piled up in a long-lived worker's timeline.
    performance.mark(`relance:model-files:${name}`);
  });
  const names = Object.keys(SHIPPED_MODEL_FILES) as ShippedModelName[];
  return async (name) => {
    await Promise.all((name ? [name] : names).map((n) => read(n).catch(() => undefined)));
  };
}
