/**
 * The learned readers' model: multinomial naive Bayes over binarised features, shipped as text (one character per
 * weight, features sorted and front-coded) and unpacked when first used. Trained by scripts/learned-readers; read by
 * the reply reader (reply-kind-model.ts) and the invoice reader (invoice-model.ts), each with its own classes.
 */

/** The model as shipped. */
export interface PackedNaiveBayes {
  /** Log prior per class, in the order the reader names its classes. */
  prior: number[];
  /** Size of one quantisation step of a weight. */
  step: number;
  /** Naive Bayes is overconfident: its scores are divided by this before they become probabilities. */
  temperature: number;
  /** Features, sorted, joined by "|" (a feature never holds one), each as the length it shares with the one before (one WEIGHT_DIGITS character) and the rest. */
  vocab: string;
  /** One character per class per feature: each one's index in WEIGHT_DIGITS, centred on HALF. */
  weights: string;
}

export interface NaiveBayes {
  prior: number[];
  temperature: number;
  index: Map<string, number>;
  weights: Float32Array;
}

/** Unpadded base64url digits: safe inside JSON, 64 levels per weight. */
export const WEIGHT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const HALF = 32;

/** Each WEIGHT_DIGITS character's index, by its char code. */
const DIGIT_INDEX = new Int8Array(128);
for (let d = 0; d < WEIGHT_DIGITS.length; d++) DIGIT_INDEX[WEIGHT_DIGITS.charCodeAt(d)] = d;

/**
 * Scanned in place, without splitting the vocabulary into an array first: the reply model's 24 000 features unpacked in
 * ~18 ms instead of ~40 (Node), a cost a woken worker pays once before its first reply is read.
 */
export function unpackNaiveBayes(packed: PackedNaiveBayes): NaiveBayes {
  const index = new Map<string, number>();
  const { vocab } = packed;
  let previous = '';
  for (let i = 0, start = 0; start <= vocab.length; i++) {
    const bar = vocab.indexOf('|', start);
    const end = bar < 0 ? vocab.length : bar;
    previous = previous.slice(0, DIGIT_INDEX[vocab.charCodeAt(start)]) + vocab.slice(start + 1, end);
    index.set(previous, i);
    start = end + 1;
  }
  const level = new Float32Array(128);
  for (let d = 0; d < WEIGHT_DIGITS.length; d++) level[WEIGHT_DIGITS.charCodeAt(d)] = (d - HALF) * packed.step;
  const weights = new Float32Array(packed.weights.length);
  for (let i = 0; i < packed.weights.length; i++) weights[i] = level[packed.weights.charCodeAt(i)];
  return { prior: packed.prior, temperature: packed.temperature, index, weights };
}

/** Each class's log score: its prior plus the weights of the features the model knows. */
export function classScores(model: NaiveBayes, features: string[]): number[] {
  const k = model.prior.length;
  const z = [...model.prior];
  for (const feature of features) {
    const j = model.index.get(feature);
    if (j === undefined) continue;
    for (let c = 0; c < k; c++) z[c] += model.weights[j * k + c];
  }
  return z;
}

/** Probability of each class, the scores tempered first. */
export function classProbabilities(model: NaiveBayes, features: string[]): number[] {
  const z = classScores(model, features);
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp((v - top) / model.temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
