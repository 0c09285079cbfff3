/**
 * The restore of a large backup file, alone in its own process so its peak memory is its own (issue 17): the file is
 * streamed from disk in 1 MB pieces, checked through (records, chains), then written in one transaction by
 * RelanceStore. exports.ts bundles it and runs `node --expose-gc <bundle> <file> [--no-db]`; it prints its figures as JSON.
 * With --no-db the transaction's records are decoded and counted, not stored: fake-indexeddb keeps every record in the
 * process's memory, where a browser's IndexedDB sends them to its own process and disk.
 */
import 'fake-indexeddb/auto';
import { createReadStream, statSync } from 'node:fs';
import { restoreFromChunks } from '../../utils/background/handlers/backup';
import { openRelanceDb } from '../../utils/store/open-db';
import { RelanceStore, type RestoreSource } from '../../utils/store/relance-store';
import type { ProgressReport } from '../../utils/progress/progress-report';
import type { BackupChunk } from '../../utils/export/backup';

const round = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => round(bytes / 1_048_576);

async function* fileChunks(file: string): AsyncGenerator<BackupChunk> {
  const total = statSync(file).size;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const text of stream) yield { text: text as string, done: stream.bytesRead, total };
}

const [file, mode] = process.argv.slice(2);
const relanceStore = new RelanceStore((onClose) => openRelanceDb(`relance-bench-restore-${Date.now()}`, undefined, onClose));
await relanceStore.getSettings();
const counting = {
  exclusive: <T>(job: () => Promise<T>) => job(),
  async restore(source: RestoreSource, progress: ProgressReport) {
    let done = 0;
    for (const _record of source.records()) progress('writing', ++done, source.total);
  },
};
const store = mode === '--no-db' ? (counting as unknown as RelanceStore) : relanceStore;
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
const sample = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
const start = performance.now();
const { counts } = await restoreFromChunks(fileChunks(file), 'fr', () => undefined, { store });
const ms = performance.now() - start;
clearInterval(sample);
if (counts.events !== 200_000 || counts.invoices !== 10_000) throw new Error(`bench restore wrote ${JSON.stringify(counts)}`);
// maxRSS is the process's high-water mark (kB): Node and the modules, the check, the write (and with the database,
// fake-indexeddb's copy of every record written).
const prefix = mode === '--no-db' ? 'restore' : 'restoreFakeIdb';
console.log(
  JSON.stringify({
    [`${prefix}Ms`]: round(ms),
    [`${prefix}HeapGrowthMb`]: mb(heapPeak - heapBefore),
    [`${prefix}PeakRssMb`]: round(process.resourceUsage().maxRSS / 1024),
  }),
);
process.exit(0);
