/**
 * The learned half of the reply reader: a naive Bayes model over replyFeatures, trained on the labelled replies of
 * many writers (scripts/reply-model), and its vote with the rules. Rules tuned on one writer's mail carry little to
 * the next writer; a word model trained on several writers carries more, and the vote beats either alone on a writer
 * neither has seen (scripts/experiments/learned-reply-kind). The rules keep the deciding phrase and the promised date.
 */
import type { ReplyKind } from './reply-kind';

export const MODEL_KINDS: readonly ReplyKind[] = ['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other'];

/** The model as shipped: a few tens of KB of text, one character per weight. */
export interface PackedReplyKindModel {
  /** Log prior per kind, in MODEL_KINDS order. */
  prior: number[];
  /** Size of one quantisation step of a weight. */
  step: number;
  /** Naive Bayes is overconfident: its scores are divided by this before they become probabilities. */
  temperature: number;
  /** Features, sorted, joined by "|" (a feature never holds one), each as the length it shares with the one before (one WEIGHT_DIGITS character) and the rest. */
  vocab: string;
  /** MODEL_KINDS.length characters per feature: each one's index in WEIGHT_DIGITS, centred on HALF. */
  weights: string;
}

export interface ReplyKindModel {
  prior: number[];
  temperature: number;
  index: Map<string, number>;
  weights: Float32Array;
}

/** Unpadded base64url digits: safe inside a TypeScript string, 64 levels per weight. */
export const WEIGHT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const HALF = 32;

export function unpackReplyKindModel(packed: PackedReplyKindModel): ReplyKindModel {
  const index = new Map<string, number>();
  let previous = '';
  for (const [i, coded] of packed.vocab.split('|').entries()) {
    previous = previous.slice(0, WEIGHT_DIGITS.indexOf(coded[0])) + coded.slice(1);
    index.set(previous, i);
  }
  const level = new Float32Array(128);
  for (let d = 0; d < WEIGHT_DIGITS.length; d++) level[WEIGHT_DIGITS.charCodeAt(d)] = (d - HALF) * packed.step;
  const weights = new Float32Array(packed.weights.length);
  for (let i = 0; i < packed.weights.length; i++) weights[i] = level[packed.weights.charCodeAt(i)];
  return { prior: packed.prior, temperature: packed.temperature, index, weights };
}

/** Probability of each kind (MODEL_KINDS order) for a reply's features. */
export function kindProbabilities(model: ReplyKindModel, features: string[]): number[] {
  const k = MODEL_KINDS.length;
  const z = [...model.prior];
  for (const feature of features) {
    const j = model.index.get(feature);
    if (j === undefined) continue;
    for (let c = 0; c < k; c++) z[c] += model.weights[j * k + c];
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp((v - top) / model.temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** How much the rules' reading counts against the model's probabilities (chosen by leaving one writer out). */
export const RULES_WEIGHT = 1;
/**
 * "Other" is the model finding no clue it knows; it does not outvote rules this sure of a kind ("je regarde ça ce soir et
 * je vous paie demain" is a promise whatever words usually come with "je regarde ça").
 */
export const RULES_SURE = 0.8;
/** The kinds the rules read from a payment's own words; a robot or a request is a matter of style, where the model is better. */
const SURE_KINDS: ReadonlySet<ReplyKind> = new Set<ReplyKind>(['promise', 'paid', 'dispute', 'plan']);

/**
 * The rules' kind, weighted by their confidence, added to the model's probabilities: the highest wins. Confidence is
 * the winner's share of the whole, so a disagreement reads as unsure.
 */
export function voteReplyKind(
  rules: { kind: ReplyKind; confidence: number },
  probabilities: number[],
  rulesWeight = RULES_WEIGHT,
): { kind: ReplyKind; confidence: number } {
  const scores = [...probabilities];
  scores[MODEL_KINDS.indexOf(rules.kind)] += rulesWeight * rules.confidence;
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  if (MODEL_KINDS[best] === 'other' && SURE_KINDS.has(rules.kind) && rules.confidence >= RULES_SURE) best = MODEL_KINDS.indexOf(rules.kind);
  const confidence = Math.round(Math.min(0.97, scores[best] / (1 + rulesWeight * rules.confidence)) * 100) / 100;
  return { kind: MODEL_KINDS[best], confidence };
}
