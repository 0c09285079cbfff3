/**
 * The learned readers as shipped (public/*-model.json, `npm run model:train`). Node imports the files; the extension's
 * build leaves them out of the worker's code (scripts/build/model-files-plugin.ts: ~150 KB every wake-up would parse)
 * and the worker hands them in once read from the package (utils/background/shipped-model-files.ts).
 */
import invoiceFile from '../../public/invoice-model.json';
import replyKindFile from '../../public/reply-kind-model.json';
import { unpackNaiveBayes, type NaiveBayes, type PackedNaiveBayes } from './naive-bayes';

export type ShippedModelName = 'reply-kind' | 'invoice';

// Undefined in the extension's bundles until handed in.
const packed: Record<ShippedModelName, PackedNaiveBayes | undefined> = {
  'reply-kind': replyKindFile as PackedNaiveBayes | undefined,
  invoice: invoiceFile as PackedNaiveBayes | undefined,
};
const unpacked: Partial<Record<ShippedModelName, NaiveBayes>> = {};

/** The shipped model, unpacked on first use (a few ms); null while a build that leaves it out has not been handed it: the rules read alone. */
export function shippedModel(name: ShippedModelName): NaiveBayes | null {
  const file = packed[name];
  if (!file) return null;
  unpacked[name] ??= unpackNaiveBayes(file);
  return unpacked[name];
}

/** Hands in a shipped model read from its file (the worker, once). */
export function provideShippedModel(name: ShippedModelName, model: PackedNaiveBayes): void {
  packed[name] = model;
  delete unpacked[name];
}
