/**
 * The learned readers as shipped (public/*-model.json, `npm run model:train`). Node imports the files; the extension's
 * build leaves them out of the worker's code (scripts/build/model-files-plugin.ts: ~150 KB every wake-up would parse)
 * and the worker hands them in once read from the package (utils/background/shipped-model-files.ts).
 */
import invoiceFile from '../../public/invoice-model.json';
import replyKindFile from '../../public/reply-kind-model.json';
import { unpackNaiveBayes, type NaiveBayes, type PackedNaiveBayes } from './naive-bayes';

export type ShippedModelName = 'reply-kind' | 'invoice';

interface Slots {
  // Undefined in the extension's bundles until handed in.
  packed: Record<ShippedModelName, PackedNaiveBayes | undefined>;
  unpacked: Partial<Record<ShippedModelName, NaiveBayes>>;
}
// One slot per realm, not per copy of this module: the worker's parts are bundled apart (utils/background/worker-part.ts),
// each with its own copy, and every one reads the models the worker handed in once.
const SLOTS = Symbol.for('relance.shipped-models');
const realm = globalThis as { [SLOTS]?: Slots };
const { packed, unpacked } = (realm[SLOTS] ??= {
  packed: { 'reply-kind': replyKindFile as PackedNaiveBayes | undefined, invoice: invoiceFile as PackedNaiveBayes | undefined },
  unpacked: {},
});

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
