/** Dependency-free reply classifiers (multinomial NB on binarised features; softmax logistic regression) for the experiment. */
import { cleanMailText } from '../../../utils/detect/mail-text';
import { foldText } from '../../../utils/detect/fold';
import { ownText } from '../../../utils/detect/quoted-text';
import type { ReplyKind } from '../../../utils/detect/reply-kind';

export const KINDS: ReplyKind[] = ['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other'];

const PHONE = /\b(envoye (de|depuis) mon|sent from my|sent from outlook for)\b/;

/** Same cleaning as the reader: cleanMailText(…, 20000) → foldText → ownText (quoted history, signature removed). */
export function features(text: string): string[] {
  const clean = cleanMailText(text, 20_000);
  const full = foldText(clean);
  let own = ownText(clean, full).folded;
  if (own.length > 5000) own = own.slice(0, 5000);
  const words = own.replace(/\d+/g, ' 0 ').match(/[a-z0]+/g) ?? [];
  const out = new Set<string>();
  for (const w of words) out.add(w);
  const padded = ['<s>', ...words, '</s>'];
  for (let i = 0; i + 1 < padded.length; i++) out.add(`${padded[i]} ${padded[i + 1]}`);
  const n = words.length;
  out.add(n < 8 ? '__len<8' : n < 20 ? '__len<20' : n < 50 ? '__len<50' : '__len>=50');
  if (own.includes('?')) out.add('__question');
  if (PHONE.test(full)) out.add('__phone');
  if (/[€$£]|\b(eur|euros?|gbp|usd)\b/.test(own)) out.add('__money');
  if (own.length === 0) out.add('__empty');
  if (full.length > own.length + 20) out.add('__hasquote');
  return [...out];
}

export interface Doc {
  feats: string[];
  kind: ReplyKind;
}

export interface Classifier {
  probs(feats: string[]): number[];
  /** Weights as they would be shipped: vocabulary × classes. */
  serialise(): string;
  vocabSize: number;
}

function vocabulary(docs: Doc[], minDf: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.feats) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of df) if (c >= minDf) vocab.set(f, vocab.size);
  return vocab;
}

function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Multinomial naive Bayes over binarised features (each feature counted once per reply). */
export function trainNB(docs: Doc[], alpha = 0.5, minDf = 2): Classifier {
  const vocab = vocabulary(docs, minDf);
  const V = vocab.size;
  const K = KINDS.length;
  const counts = KINDS.map(() => new Float64Array(V));
  const totals = new Float64Array(K);
  const prior = new Float64Array(K);
  for (const d of docs) {
    const k = KINDS.indexOf(d.kind);
    prior[k]++;
    for (const f of d.feats) {
      const j = vocab.get(f);
      if (j === undefined) continue;
      counts[k][j]++;
      totals[k]++;
    }
  }
  const logPrior = [...prior].map((p) => Math.log(p / docs.length));
  const logLik = KINDS.map((_, k) => Float64Array.from(counts[k], (c) => Math.log((c + alpha) / (totals[k] + alpha * V))));
  return {
    vocabSize: V,
    probs(feats) {
      const z = [...logPrior];
      for (const f of feats) {
        const j = vocab.get(f);
        if (j === undefined) continue;
        for (let k = 0; k < K; k++) z[k] += logLik[k][j];
      }
      return softmax(z);
    },
    serialise() {
      const w: Record<string, number[]> = {};
      for (const [f, j] of vocab) w[f] = logLik.map((l) => round(l[j]));
      return JSON.stringify({ kinds: KINDS, prior: logPrior.map(round), w });
    },
  };
}

/** Softmax logistic regression, binary features, L2, AdaGrad; deterministic shuffling. */
export function trainLR(docs: Doc[], { epochs = 30, lr = 0.5, l2 = 1e-4, minDf = 2 } = {}): Classifier {
  const vocab = vocabulary(docs, minDf);
  const V = vocab.size;
  const K = KINDS.length;
  const W = new Float64Array(V * K);
  const G = new Float64Array(V * K).fill(1e-8);
  const b = new Float64Array(K);
  const Gb = new Float64Array(K).fill(1e-8);
  const idx = docs.map((d) => d.feats.map((f) => vocab.get(f)).filter((j): j is number => j !== undefined));
  const ys = docs.map((d) => KINDS.indexOf(d.kind));
  const order = docs.map((_, i) => i);
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const z = Array.from(b);
      for (const j of idx[i]) for (let k = 0; k < K; k++) z[k] += W[j * K + k];
      const p = softmax(z);
      for (let k = 0; k < K; k++) {
        const g = p[k] - (k === ys[i] ? 1 : 0);
        Gb[k] += g * g;
        b[k] -= (lr * g) / Math.sqrt(Gb[k]);
        for (const j of idx[i]) {
          const gw = g + l2 * W[j * K + k];
          G[j * K + k] += gw * gw;
          W[j * K + k] -= (lr * gw) / Math.sqrt(G[j * K + k]);
        }
      }
    }
  }
  return {
    vocabSize: V,
    probs(feats) {
      const z = Array.from(b);
      for (const f of feats) {
        const j = vocab.get(f);
        if (j === undefined) continue;
        for (let k = 0; k < K; k++) z[k] += W[j * K + k];
      }
      return softmax(z);
    },
    serialise() {
      const w: Record<string, number[]> = {};
      for (const [f, j] of vocab) w[f] = KINDS.map((_, k) => round(W[j * K + k]));
      return JSON.stringify({ kinds: KINDS, bias: [...b].map(round), w });
    },
  };
}

export const argmax = (p: number[]) => p.reduce((best, v, i) => (v > p[best] ? i : best), 0);

export interface RulesReading {
  kind: ReplyKind;
  confidence: number;
}

export type Combo = { name: string; pick(r: RulesReading, p: number[]): ReplyKind };

/** Candidate combinations, a small grid fixed before any figure was taken. */
export const COMBOS: Combo[] = [
  { name: 'other→clf', pick: (r, p) => (r.kind === 'other' ? KINDS[argmax(p)] : r.kind) },
  ...[0.6, 0.7, 0.8].map((t) => ({ name: `conf<${t}→clf`, pick: (r: RulesReading, p: number[]) => (r.confidence < t ? KINDS[argmax(p)] : r.kind) })),
  ...[0.7, 0.8].flatMap((t) =>
    [0.6, 0.8].map((q) => ({
      name: `conf<${t}&p>=${q}→clf`,
      pick: (r: RulesReading, p: number[]) => (r.confidence < t && Math.max(...p) >= q ? KINDS[argmax(p)] : r.kind),
    })),
  ),
  // Vote: rules' answer as a one-hot weighted by their confidence, added to the classifier's probabilities.
  {
    name: 'vote(c·onehot+p)',
    pick: (r, p) => {
      const s = [...p];
      s[KINDS.indexOf(r.kind)] += r.confidence;
      return KINDS[argmax(s)];
    },
  },
];
