/**
 * `npm run model:train`: trains the shipped learned readers on every labelled reply and invoice mail except the holdout
 * and held-back sets, and writes public/reply-kind-model.json and public/invoice-model.json. Deterministic: the same
 * corpus gives the same files (a unit test checks it).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadInvoiceCases, loadReplyCases } from '../../tests/fixtures/mails/corpus';
import { invoiceFeaturesOfMail } from '../../utils/detect/invoice';
import type { PackedNaiveBayes } from '../../utils/detect/naive-bayes';
import { replyFeaturesOfText } from '../../utils/detect/reply';
import type { ShippedModelName } from '../../utils/detect/shipped-models';
import { trainable, trainInvoiceModel, trainReplyKindModel } from './train';

export const MODEL_DATA_FILES: Readonly<Record<ShippedModelName, string>> = {
  'reply-kind': path.resolve(import.meta.dirname, '../../public/reply-kind-model.json'),
  invoice: path.resolve(import.meta.dirname, '../../public/invoice-model.json'),
};

/** The shipped models, trained from the corpus as it is in this checkout. */
export function shippedModelsFromCorpus(): Record<ShippedModelName, PackedNaiveBayes> {
  const replies = loadReplyCases().filter((c) => trainable(c.split));
  const mails = loadInvoiceCases().filter((c) => trainable(c.split));
  return {
    'reply-kind': trainReplyKindModel(replies.map((c) => ({ features: replyFeaturesOfText(c.text), kind: c.kind }))),
    invoice: trainInvoiceModel(mails.map((c) => ({ features: invoiceFeaturesOfMail(c.message), invoice: c.expected !== null }))),
  };
}

/**
 * A model file's text: JSON as the formatter writes it (short arrays on one line). It is packaged as it is and read by
 * the worker when it wakes (utils/background/shipped-model-files.ts); Node imports it (utils/detect/shipped-models.ts).
 */
export function modelDataSource(model: PackedNaiveBayes): string {
  const { prior, step, temperature, vocab, weights } = model;
  return `{\n  "prior": [${prior.join(', ')}],\n  "step": ${step},\n  "temperature": ${temperature},\n  "vocab": ${JSON.stringify(vocab)},\n  "weights": ${JSON.stringify(weights)}\n}\n`;
}

if (process.argv[1]?.endsWith('learned-readers/build.ts')) {
  for (const [name, model] of Object.entries(shippedModelsFromCorpus()) as Array<[ShippedModelName, PackedNaiveBayes]>) {
    writeFileSync(MODEL_DATA_FILES[name], modelDataSource(model));
    console.log(`${MODEL_DATA_FILES[name]}: ${model.vocab.split('|').length} features, ${(modelDataSource(model).length / 1024).toFixed(1)} KiB`);
  }
}
