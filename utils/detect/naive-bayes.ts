/**
 * The learned readers' model: multinomial naive Bayes over binarised features, shipped as text (one character per
 * weight, features sorted) and unpacked when first used. Trained by scripts/learned-readers; read by the reply reader
 * (reply-kind-model.ts) and the invoice reader (invoice-model.ts), each with its own classes.
 */

/** The model as shipped. */
export interface PackedNaiveBayes {
  /** Log prior per class, in the order the reader names its classes. */
  prior: number[];
  /** Size of one quantisation step of a weight. */
  step: number;
  /** Naive Bayes is overconfident: its scores are divided by this before they become probabilities. */
  temperature: number;
  /** Features, sorted by UTF-16 code unit (JavaScript's default sort), joined by "|" (a feature never holds one). */
  vocab: string;
  /** One character per class per feature: each one's index in WEIGHT_DIGITS, centred on HALF. */
  weights: string;
}

export interface NaiveBayes {
  prior: number[];
  temperature: number;
  /** The shipped features, searched in place (featureIndex). */
  vocab: string;
  /** Where each feature begins in `vocab`. */
  starts: Uint32Array;
  /** The first feature whose first character's code is at least `c` (codes from 128 counted as 128), for c ≤ 129. */
  firsts: Uint32Array;
  /** The shipped weights, one character per class per feature, read through `levels`. */
  weights: string;
  /** Each weight character's value, by its char code. */
  levels: Float32Array;
  /** Lookups searched so far, and the table of the features that follows them (featureIndex). */
  searches: number;
  table?: Map<string, number>;
}

/** Unpadded base64url digits: safe inside JSON, 64 levels per weight. */
export const WEIGHT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const HALF = 32;

/** Where the features beginning with a feature's first character are listed (the feature is `text` from `start` to
 * `end`): codes from 128 share one range. */
const firstKey = (text: string, start = 0, end = text.length) => (start < end ? Math.min(text.charCodeAt(start), 128) : 0);

/**
 * Only where each feature begins is noted, and the weights are read from the shipped text: a table of the features (a
 * Map of 12 000 strings for the invoice reader, 24 000 for the reply reader) and of their weights took 15-35 ms to build
 * in Node, and a woken worker built the invoice reader's just before a thread's view came, which then waited for it
 * (traces of cold first visits, issue 17). A feature is found by binary search among those sharing its first character.
 */
export function unpackNaiveBayes(packed: PackedNaiveBayes): NaiveBayes {
  const { vocab, prior, weights } = packed;
  const count = weights.length / prior.length;
  const starts = new Uint32Array(count);
  const firsts = new Uint32Array(130);
  let key = 0;
  for (let i = 0, start = 0; i < count; i++) {
    starts[i] = start;
    const bar = vocab.indexOf('|', start);
    if (bar < 0 !== (i === count - 1)) throw new Error(`a learned model lists other than its ${count} features`);
    const first = firstKey(vocab, start, bar < 0 ? vocab.length : bar);
    if (first < key) throw new Error('a learned model lists its features out of order');
    while (key < first) firsts[++key] = i;
    start = bar + 1;
  }
  while (key < 129) firsts[++key] = count;
  const levels = new Float32Array(128);
  for (let d = 0; d < WEIGHT_DIGITS.length; d++) levels[WEIGHT_DIGITS.charCodeAt(d)] = (d - HALF) * packed.step;
  return { prior, temperature: packed.temperature, vocab, starts, firsts, weights, levels, searches: 0 };
}

/**
 * The feature's row in the model, or -1 when it was not kept. Searched until the model has been asked as many times as
 * it has features; then a table of them is built (a few ms), which answers faster from there on: a worker that reads one
 * mail or a few replies never builds it, one reading a mailbox builds it once (the detect bench's time per mail was ~60 %
 * longer searched each time).
 */
export function featureIndex(model: NaiveBayes, feature: string): number {
  if (model.table) return model.table.get(feature) ?? -1;
  if (++model.searches >= model.starts.length) model.table = featureTable(model);
  return searchFeature(model, feature);
}

/** Each feature's row (a loop: `new Map` of an array of pairs took twice as long in Node). */
function featureTable({ vocab, starts }: NaiveBayes): Map<string, number> {
  const table = new Map<string, number>();
  if (!starts.length) return table;
  const features = vocab.split('|');
  for (let row = 0; row < features.length; row++) table.set(features[row], row);
  return table;
}

function searchFeature(model: NaiveBayes, feature: string): number {
  const { vocab, starts, firsts } = model;
  const key = firstKey(feature);
  let low = firsts[key];
  let high = firsts[key + 1] - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = starts[middle];
    const end = middle + 1 < starts.length ? starts[middle + 1] - 1 : vocab.length;
    const order = compareAt(vocab, start, end, feature);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** `text.slice(start, end)` against `other`, by UTF-16 code unit (as `<` compares strings), without the slice. */
function compareAt(text: string, start: number, end: number, other: string): number {
  const length = end - start;
  const shared = Math.min(length, other.length);
  for (let i = 0; i < shared; i++) {
    const difference = text.charCodeAt(start + i) - other.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - other.length;
}

/** Each class's log score: its prior plus the weights of the features the model knows. */
export function classScores(model: NaiveBayes, features: string[]): number[] {
  const k = model.prior.length;
  const z = [...model.prior];
  const { weights, levels } = model;
  for (const feature of features) {
    const j = featureIndex(model, feature);
    if (j < 0) continue;
    for (let c = 0; c < k; c++) z[c] += levels[weights.charCodeAt(j * k + c)];
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
