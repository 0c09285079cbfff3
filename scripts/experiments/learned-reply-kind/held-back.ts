/**
 * The design fixed from as-it-was.ts (README.md), measured on the held-back set: trained on every other labelled
 * reply, prints accuracies only (no texts, no misses), the model's size and the time per reply. Run once per held-back set.
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { HELD_BACK, loadReplyCases } from '../../../tests/fixtures/mails/corpus';
import { classifyReply } from '../../../utils/detect/reply';
import { warmUpReaders } from '../../../utils/detect/warm-up';
import { argmax, COMBOS, features, KINDS, trainNB } from './model';

warmUpReaders();
const all = loadReplyCases();
const train = all.filter((c) => !HELD_BACK.has(c.split));
const t0 = performance.now();
const clf = trainNB(
  train.map((c) => ({ feats: features(c.text), kind: c.kind })),
  0.5,
  2,
);
const trainMs = performance.now() - t0;
const vote = COMBOS.find((c) => c.name === 'vote(c·onehot+p)')!;

// Size.
const json = clf.serialise();
console.log(
  `model: vocabulary ${clf.vocabSize} × ${KINDS.length} classes; JSON ${(json.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(json).length / 1024).toFixed(0)} KiB; training ${trainMs.toFixed(0)} ms`,
);

// Speed, on the non-held-back replies (warm, 3 passes).
const texts = train.map((c) => c.text);
for (const t of texts) clf.probs(features(t));
let s = performance.now();
for (let i = 0; i < 3; i++) for (const t of texts) clf.probs(features(t));
const clfMs = (performance.now() - s) / (3 * texts.length);
s = performance.now();
for (const c of train) classifyReply(c.text, c.receivedAt);
const rulesMs = (performance.now() - s) / train.length;
console.log(`time per reply: classifier (cleaning+features+scoring) ${(clfMs * 1000).toFixed(0)} µs; rules ${(rulesMs * 1000).toFixed(0)} µs`);

const test = all.filter((c) => HELD_BACK.has(c.split));
let a = 0,
  b = 0,
  cc = 0;
for (const c of test) {
  const r = classifyReply(c.text, c.receivedAt);
  const p = clf.probs(features(c.text));
  if (r.kind === c.kind) a++;
  if (KINDS[argmax(p)] === c.kind) b++;
  if (vote.pick({ kind: r.kind, confidence: r.confidence }, p) === c.kind) cc++;
}
const f = (k: number) => (k / test.length).toFixed(3);
console.log(`${[...HELD_BACK].join(', ')} (${test.length} replies): (a) rules ${f(a)}  (b) NB ${f(b)}  (c) vote ${f(cc)}`);
