/**
 * Trains the learned reply reader (utils/detect/reply-kind-model.ts): multinomial naive Bayes over binarised
 * replyFeatures, pruned to the features whose weights differ between kinds, quantised to one character per weight.
 */
import { HALF, MODEL_KINDS, WEIGHT_DIGITS, type PackedReplyKindModel } from '../../utils/detect/reply-kind-model';
import type { ReplyKind } from '../../utils/detect/reply-kind';
import { HELD_BACK, type Split } from '../../tests/fixtures/mails/corpus';

/** The model never reads the rules' author's holdout (kept to see overfitting) nor a held-back set. */
export const trainable = (split: Split) => split !== 'holdout' && !HELD_BACK.has(split);

export interface TrainingReply {
  features: string[];
  kind: ReplyKind;
}

export interface TrainingOptions {
  /** Additive smoothing. */
  alpha: number;
  /** A feature seen in fewer replies is dropped. */
  minReplies: number;
  /** A feature whose weights span less than this across kinds (in log units) is dropped: it tells kinds apart too little. */
  minSpread: number;
  /** Quantisation step (64 levels). */
  step: number;
  /** What the scores are divided by before they become probabilities. */
  temperature: number;
}

/** Chosen by leaving one writer out (scripts/reply-model/README.md). */
export const SHIPPED_OPTIONS: TrainingOptions = { alpha: 0.5, minReplies: 4, minSpread: 1, step: 0.1, temperature: 2 };

export function trainReplyKindModel(replies: TrainingReply[], options: TrainingOptions = SHIPPED_OPTIONS): PackedReplyKindModel {
  const k = MODEL_KINDS.length;
  const seen = new Map<string, number>();
  for (const r of replies) for (const f of r.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  // Sorted, so neighbours share their beginning and the shipped list stores each once (front coding).
  const vocab = [...seen]
    .filter(([, n]) => n >= options.minReplies)
    .map(([f]) => f)
    .sort();
  const column = new Map(vocab.map((f, j) => [f, j]));
  const counts = MODEL_KINDS.map(() => new Float64Array(vocab.length));
  const totals = new Float64Array(k);
  const prior = new Float64Array(k);
  for (const r of replies) {
    const c = MODEL_KINDS.indexOf(r.kind);
    prior[c]++;
    for (const f of r.features) {
      const j = column.get(f);
      if (j === undefined) continue;
      counts[c][j]++;
      totals[c]++;
    }
  }
  const kept: string[] = [];
  let weights = '';
  // The smoothed probability a kind's mass gives a word never kept: it still counts, as every kind's constant share.
  const logLik = (c: number, count: number) => Math.log((count + options.alpha) / (totals[c] + options.alpha * vocab.length));
  for (const [j, feature] of vocab.entries()) {
    const w = MODEL_KINDS.map((_, c) => logLik(c, counts[c][j]));
    if (Math.max(...w) - Math.min(...w) < options.minSpread) continue;
    // Only differences between kinds matter to the softmax: centre each feature's weights.
    const mean = w.reduce((a, b) => a + b, 0) / k;
    kept.push(feature);
    for (const v of w) weights += WEIGHT_DIGITS[Math.max(0, Math.min(63, HALF + Math.round((v - mean) / options.step)))];
  }
  return {
    prior: [...prior].map((p) => Math.round(Math.log(Math.max(p, 1) / replies.length) * 100) / 100),
    step: options.step,
    temperature: options.temperature,
    vocab: frontCoded(kept),
    weights,
  };
}

/** Each feature as the length it shares with the one before (one WEIGHT_DIGITS character) and the rest, joined by "|". */
function frontCoded(sorted: string[]): string {
  let previous = '';
  return sorted
    .map((feature) => {
      let shared = 0;
      while (shared < 63 && shared < previous.length && feature[shared] === previous[shared]) shared++;
      previous = feature;
      return WEIGHT_DIGITS[shared] + feature.slice(shared);
    })
    .join('|');
}
