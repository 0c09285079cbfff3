/**
 * `npm run model:train`: trains the shipped reply model on every labelled reply except the holdout and held-back sets, and writes
 * public/reply-kind-model.json. Deterministic: the same corpus gives the same file (a unit test checks it).
 */
import { replyFeaturesOfText } from '../../utils/detect/reply';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadReplyCases } from '../../tests/fixtures/mails/corpus';
import { trainable, trainReplyKindModel } from './train';
import type { PackedReplyKindModel } from '../../utils/detect/reply-kind-model';

export const MODEL_DATA_FILE = path.resolve(import.meta.dirname, '../../public/reply-kind-model.json');

/** The shipped model, trained from the corpus as it is in this checkout. */
export function shippedModelFromCorpus(): PackedReplyKindModel {
  const replies = loadReplyCases().filter((c) => trainable(c.split));
  return trainReplyKindModel(replies.map((c) => ({ features: replyFeaturesOfText(c.text), kind: c.kind })));
}

/**
 * The model file's text: JSON as the formatter writes it (short arrays on one line). It is packaged as it is and read by
 * the worker when first needed (utils/background/shipped-reply-model-file.ts); Node imports it (utils/detect/shipped-reply-model.ts).
 */
export function modelDataSource(model: PackedReplyKindModel): string {
  const { prior, step, temperature, vocab, weights } = model;
  return `{\n  "prior": [${prior.join(', ')}],\n  "step": ${step},\n  "temperature": ${temperature},\n  "vocab": ${JSON.stringify(vocab)},\n  "weights": ${JSON.stringify(weights)}\n}\n`;
}

if (process.argv[1]?.endsWith('reply-model/build.ts')) {
  const model = shippedModelFromCorpus();
  writeFileSync(MODEL_DATA_FILE, modelDataSource(model));
  console.log(`${MODEL_DATA_FILE}: ${model.vocab.split('|').length} features, ${(modelDataSource(model).length / 1024).toFixed(1)} KiB`);
}
