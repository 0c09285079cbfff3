/**
 * Leave one writer out, as it was: for each outside writer (fresh2…fresh7), the rules AND the labelled corpus as they
 * stood in the commit before that writer's set was added (extracted with `git archive` into a temporary folder), tested
 * on that writer's replies. This is the situation of a new writer: rules never tuned on it, classifier never trained
 * on it. The held-back set is never read. `npx tsx scripts/experiments/learned-reply-kind/as-it-was.ts`
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HELD_BACK, loadReplyCases } from '../../../tests/fixtures/mails/corpus';
import { argmax, COMBOS, features, KINDS, trainLR, trainNB, type Classifier, type Doc } from './model';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WRITERS = ['fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7'];
const TRAINERS: Record<string, (d: Doc[]) => Classifier> = {
  'NB a=0.5': (d) => trainNB(d, 0.5),
  'NB a=0.1': (d) => trainNB(d, 0.1),
  LR: (d) => trainLR(d),
};

/** The project's reader and corpus from the commit before `writer`'s set first appeared. */
function snapshotBefore(writer: string): string {
  const added = execSync(`git log --diff-filter=A --format=%H -- tests/fixtures/mails/${writer}`, { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop();
  const dir = mkdtempSync(path.join(tmpdir(), `relance-${writer}-`));
  execSync(`git archive ${added}^ utils tests/fixtures/mails public/_locales | tar -x -C ${dir}`, { cwd: ROOT });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const now = loadReplyCases().filter((c) => !HELD_BACK.has(c.split));
const table: Record<string, Record<string, string>> = {};
const sums: Record<string, number> = {};
const add = (name: string, w: string, ok: number, n: number) => {
  (table[name] ??= {})[w] = (ok / n).toFixed(3);
  sums[name] = (sums[name] ?? 0) + ok / n;
};
for (const w of WRITERS) {
  const snap = snapshotBefore(w);
  const { classifyReply } = await import(`${snap}/utils/detect/reply.ts`);
  const { loadReplyCases: loadThen } = await import(`${snap}/tests/fixtures/mails/corpus.ts`);
  const train: Doc[] = (loadThen() as Array<{ text: string; kind: Doc['kind'] }>).map((c) => ({ feats: features(c.text), kind: c.kind }));
  const test = now
    .filter((c) => c.split === w)
    .map((c) => {
      const r = classifyReply(c.text, c.receivedAt);
      return { kind: c.kind, feats: features(c.text), rules: { kind: r.kind, confidence: r.confidence } };
    });
  rmSync(snap, { recursive: true, force: true });
  console.log(`${w}: trained on the ${train.length} replies labelled then`);
  add('(a) rules then', w, test.filter((r) => r.rules.kind === r.kind).length, test.length);
  for (const [name, trainer] of Object.entries(TRAINERS)) {
    const clf = trainer(train);
    const probs = test.map((r) => clf.probs(r.feats));
    add(`(b) ${name}`, w, test.filter((r, i) => KINDS[argmax(probs[i])] === r.kind).length, test.length);
    for (const combo of COMBOS) add(`(c) ${name} ${combo.name}`, w, test.filter((r, i) => combo.pick(r.rules, probs[i]) === r.kind).length, test.length);
  }
}
console.log(`\n${'config'.padEnd(40)}${WRITERS.map((w) => w.padStart(8)).join('')}    mean`);
for (const [name, cells] of Object.entries(table)) {
  console.log(`${name.padEnd(40)}${WRITERS.map((w) => cells[w].padStart(8)).join('')}   ${(sums[name] / WRITERS.length).toFixed(3)}`);
}
