/**
 * Leave one writer out, as it was: for each outside writer (fresh2…fresh8), the rules AND the labelled corpus as they
 * stood in the commit before that writer's set was added (extracted with `git archive`), the model trained on that
 * corpus, both tested on that writer. The rules then had never read the writer either: this is what a new writer
 * gets, and the figure the vote's settings are chosen on. The held-back set is never read.
 * `npx tsx scripts/learned-readers/replies-as-they-were.ts '[{"temperature":2,"rulesWeight":1}]'`
 */
import { replyFeaturesOfText } from '../../utils/detect/reply';
import { rmSync } from 'node:fs';
import { HELD_BACK, loadReplyCases } from '../../tests/fixtures/mails/corpus';
import { classProbabilities, unpackNaiveBayes } from '../../utils/detect/naive-bayes';
import { voteReplyKind } from '../../utils/detect/reply-kind-model';
import type { ReplyKind } from '../../utils/detect/reply-kind';
import { arrivalOf, snapshotBefore } from './snapshot-before';
import { trainReplyKindModel } from './train';

const WRITERS = ['fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8'];
const settings: Array<{ temperature: number; rulesWeight: number; shortWeight?: number }> = JSON.parse(
  process.argv[2] ?? '[{"temperature":2,"rulesWeight":1}]',
);

const now = loadReplyCases().filter((c) => !HELD_BACK.has(c.split));
const rows = new Map<string, number[]>();
const add = (name: string, accuracy: number) => rows.set(name, [...(rows.get(name) ?? []), accuracy]);
for (const writer of WRITERS) {
  const snapshot = snapshotBefore(arrivalOf(writer).commit, ['utils', 'tests/fixtures/mails', 'public/_locales'], writer);
  const { classifyReply } = await import(`${snapshot}/utils/detect/reply.ts`);
  const { loadReplyCases: loadThen } = await import(`${snapshot}/tests/fixtures/mails/corpus.ts`);
  const labelled = loadThen() as Array<{ text: string; kind: ReplyKind }>;
  const packed = trainReplyKindModel(labelled.map((c) => ({ features: replyFeaturesOfText(c.text), kind: c.kind })));
  const test = now
    .filter((c) => c.split === writer)
    .map((c) => {
      const rules = classifyReply(c.text, c.receivedAt) as { kind: ReplyKind; confidence: number };
      return { kind: c.kind, rules, features: replyFeaturesOfText(c.text) };
    });
  rmSync(snapshot, { recursive: true, force: true });
  const share = (ok: (t: (typeof test)[number]) => boolean) => test.filter(ok).length / test.length;
  add(
    'rules as they were then',
    share((t) => t.rules.kind === t.kind),
  );
  for (const { temperature, rulesWeight, shortWeight } of settings) {
    const model = unpackNaiveBayes({ ...packed, temperature });
    const w = (t: (typeof test)[number]) => (shortWeight && (t.features.includes('__len<8') || t.features.includes('__len<20')) ? shortWeight : rulesWeight);
    add(
      `vote, T ${temperature}, rules × ${rulesWeight}${shortWeight ? `, short × ${shortWeight}` : ''}`,
      share((t) => voteReplyKind(t.rules, classProbabilities(model, t.features), w(t)).kind === t.kind),
    );
  }
}
console.log(`${'reply kind'.padEnd(32)}${WRITERS.map((w) => w.padStart(8)).join('')}    mean`);
for (const [name, cells] of rows) {
  console.log(`${name.padEnd(32)}${cells.map((c) => c.toFixed(3).padStart(8)).join('')}   ${(cells.reduce((a, b) => a + b, 0) / cells.length).toFixed(3)}`);
}
