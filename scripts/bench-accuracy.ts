/**
 * `npm run bench:accuracy`: detection and reply-classification figures on every corpus split, then one table side by
 * side. `--misses` lists the misses of the splits the rules may be tuned on (TUNABLE), never holdout nor a held-back one;
 * the held-back splits (HELD_BACK) are measured only with `--final` (to report figures, at the very end).
 */
import { HELD_BACK, SPLITS } from '../tests/fixtures/mails/corpus';
import { benchSplit, presentSplits, REPLY_KINDS, type SplitReport } from './bench/detect';
import { leaveOneWriterOut } from './learned-readers/leave-one-writer-out';

function printConfusion(report: SplitReport): void {
  const width = 13;
  const head = ['want \\ got', ...REPLY_KINDS].map((s) => s.padEnd(width)).join('');
  console.log(head);
  for (const want of REPLY_KINDS) {
    const row = report.confusion[want] ?? {};
    console.log([want, ...REPLY_KINDS.map((got) => String(row[got] ?? 0))].map((s) => s.padEnd(width)).join(''));
  }
}

// Tuning may read every split's misses but the rules' author's holdout and a held-back one.
const TUNABLE = new Set(SPLITS.filter((split) => split !== 'holdout' && !HELD_BACK.has(split)));

const reports = presentSplits()
  .filter((s) => !HELD_BACK.has(s) || process.argv.includes('--final'))
  .map(benchSplit);
for (const report of reports) {
  console.log(`\n== ${report.split} ==`);
  console.log('reply kind confusion:');
  printConfusion(report);
  if (TUNABLE.has(report.split) && process.argv.includes('--misses')) {
    console.log('\nmisses:');
    for (const miss of report.misses) console.log(`  ${miss}`);
  }
}
console.log(`\n${'figure'.padEnd(28)}${reports.map((r) => r.split.padStart(13)).join('')}`);
for (const name of Object.keys(reports[0]?.figures ?? {})) {
  console.log(`${name.padEnd(28)}${reports.map((r) => String(r.figures[name] ?? '-').padStart(13)).join('')}`);
}

// The shipped reply model has read every set but the held-back one; on the others, a model trained without the set.
console.log('\nreplies, learned reader trained without the writer it reads (the rules as they are):');
console.log(`${'set'.padEnd(14)}${'replies'.padStart(9)}${'kind'.padStart(9)}${'date'.padStart(9)}`);
for (const w of leaveOneWriterOut()) {
  console.log(`${w.split.padEnd(14)}${String(w.replies).padStart(9)}${String(w.replyKindAccuracy).padStart(9)}${String(w.promisedDateAccuracy).padStart(9)}`);
}
