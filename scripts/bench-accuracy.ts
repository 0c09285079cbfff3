/** `npm run bench:accuracy`: detection and reply-classification figures on the dev and held-out corpora (`--misses` lists dev misses). */
import { benchSplit, REPLY_KINDS, type SplitReport } from './bench/detect';

function printConfusion(report: SplitReport): void {
  const width = 13;
  const head = ['want \\ got', ...REPLY_KINDS].map((s) => s.padEnd(width)).join('');
  console.log(head);
  for (const want of REPLY_KINDS) {
    const row = report.confusion[want] ?? {};
    console.log([want, ...REPLY_KINDS.map((got) => String(row[got] ?? 0))].map((s) => s.padEnd(width)).join(''));
  }
}

benchSplit('dev'); // warm-up so timings are steady-state
for (const split of ['dev', 'holdout'] as const) {
  const report = benchSplit(split);
  console.log(`\n== ${split} ==`);
  for (const [name, value] of Object.entries(report.figures)) console.log(`${name.padEnd(28)} ${value}`);
  console.log('\nreply kind confusion:');
  printConfusion(report);
  // Misses are shown for the dev split only: the holdout must stay untuned.
  if (split === 'dev' && process.argv.includes('--misses')) {
    console.log('\nmisses:');
    for (const miss of report.misses) console.log(`  ${miss}`);
  }
}
