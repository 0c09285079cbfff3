/**
 * Trains the learned readers (utils/detect/naive-bayes.ts): multinomial naive Bayes over binarised features, pruned to
 * the features whose weights differ between classes, quantised to one character per weight.
 */
import { HALF, WEIGHT_DIGITS, type PackedNaiveBayes } from '../../utils/detect/naive-bayes';
import { MODEL_KINDS } from '../../utils/detect/reply-kind-model';
import { INVOICE_CLASSES } from '../../utils/detect/invoice-model';
import type { ReplyKind } from '../../utils/detect/reply-kind';
import { HELD_BACK, type Split } from '../../tests/fixtures/mails/corpus';

/** The models never read the rules' author's holdout (kept to see overfitting) nor a held-back set. */
export const trainable = (split: Split) => split !== 'holdout' && !HELD_BACK.has(split);

export interface TrainingOptions {
  /** Additive smoothing. */
  alpha: number;
  /** A feature seen in fewer examples is dropped. */
  minReplies: number;
  /** A feature whose weights span less than this across classes (in log units) is dropped: it tells classes apart too little. */
  minSpread: number;
  /** Quantisation step (64 levels). */
  step: number;
  /** What the scores are divided by before they become probabilities. */
  temperature: number;
}

/** Chosen by leaving one writer out (scripts/learned-readers/README.md). */
export const SHIPPED_OPTIONS: TrainingOptions = { alpha: 0.5, minReplies: 4, minSpread: 1, step: 0.1, temperature: 2 };
/** The invoice reader only acts when sure (log-odds thresholds in invoice-model.ts), so its scores are not tempered. */
export const INVOICE_OPTIONS: TrainingOptions = { alpha: 0.5, minReplies: 3, minSpread: 0.5, step: 0.1, temperature: 1 };

export interface TrainingReply {
  features: string[];
  kind: ReplyKind;
}

export function trainReplyKindModel(replies: TrainingReply[], options: TrainingOptions = SHIPPED_OPTIONS): PackedNaiveBayes {
  return trainNaiveBayes(
    replies.map((r) => ({ features: r.features, label: MODEL_KINDS.indexOf(r.kind) })),
    MODEL_KINDS.length,
    options,
  );
}

export interface TrainingMail {
  features: string[];
  invoice: boolean;
}

export function trainInvoiceModel(mails: TrainingMail[], options: TrainingOptions = INVOICE_OPTIONS): PackedNaiveBayes {
  return trainNaiveBayes(
    mails.map((m) => ({ features: m.features, label: INVOICE_CLASSES.indexOf(m.invoice ? 'invoice' : 'none') })),
    INVOICE_CLASSES.length,
    options,
  );
}

function trainNaiveBayes(examples: Array<{ features: string[]; label: number }>, k: number, options: TrainingOptions): PackedNaiveBayes {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  // Sorted by code unit: the reader finds a feature by binary search in the shipped text (naive-bayes.ts).
  const vocab = [...seen]
    .filter(([, n]) => n >= options.minReplies)
    .map(([f]) => f)
    .sort();
  const column = new Map(vocab.map((f, j) => [f, j]));
  const counts = Array.from({ length: k }, () => new Float64Array(vocab.length));
  const totals = new Float64Array(k);
  const prior = new Float64Array(k);
  for (const e of examples) {
    prior[e.label]++;
    for (const f of e.features) {
      const j = column.get(f);
      if (j === undefined) continue;
      counts[e.label][j]++;
      totals[e.label]++;
    }
  }
  const kept: string[] = [];
  let weights = '';
  // The smoothed probability a class's mass gives a word never kept: it still counts, as every class's constant share.
  const logLik = (c: number, count: number) => Math.log((count + options.alpha) / (totals[c] + options.alpha * vocab.length));
  for (const [j, feature] of vocab.entries()) {
    const w = counts.map((_, c) => logLik(c, counts[c][j]));
    if (Math.max(...w) - Math.min(...w) < options.minSpread) continue;
    // Only differences between classes matter to the softmax: centre each feature's weights.
    const mean = w.reduce((a, b) => a + b, 0) / k;
    kept.push(feature);
    for (const v of w) weights += WEIGHT_DIGITS[Math.max(0, Math.min(63, HALF + Math.round((v - mean) / options.step)))];
  }
  return {
    prior: [...prior].map((p) => Math.round(Math.log(Math.max(p, 1) / examples.length) * 100) / 100),
    step: options.step,
    temperature: options.temperature,
    vocab: kept.join('|'),
    weights,
  };
}
