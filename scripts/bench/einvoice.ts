/** E-invoice extraction benchmark over every public sample in tests/fixtures/einvoices (see expected.json). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readEInvoice } from '../../utils/einvoice/parse';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/einvoices/', import.meta.url));
const RUNS = 5;

interface ExpectedSample {
  file: string;
  typeCode: string;
  number: string;
  amountDueMinor: number;
}

export interface EInvoiceBench {
  files: number;
  /** Samples whose e-invoice was read with the expected number and amount due. */
  found: number;
  /** Samples that carry an e-invoice (the others must read as "no e-invoice"). */
  expected: number;
  medianMs: number;
  maxMs: number;
  table: Array<{ file: string; ok: boolean; ms: number }>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Reads every sample (median of 5 runs each, after one warm-up) and checks it against expected.json. */
export async function benchEInvoice(): Promise<EInvoiceBench> {
  const samples: ExpectedSample[] = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8'));
  const table: EInvoiceBench['table'] = [];
  let found = 0;
  for (const sample of samples) {
    const bytes = new Uint8Array(readFileSync(FIXTURES + sample.file));
    const result = await readEInvoice(bytes);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await readEInvoice(bytes);
      times.push(performance.now() - started);
    }
    const hasInvoice = sample.typeCode !== '-';
    const read = result.ok && result.invoice.number === sample.number && result.invoice.amountDue.minor === sample.amountDueMinor;
    if (hasInvoice && read) found++;
    const ok = hasInvoice ? read : !result.ok && result.reason === 'no-einvoice';
    table.push({ file: sample.file, ok, ms: round(median(times)) });
  }
  const ms = table.map((row) => row.ms);
  return {
    files: samples.length,
    found,
    expected: samples.filter((s) => s.typeCode !== '-').length,
    medianMs: round(median(ms)),
    maxMs: round(Math.max(...ms)),
    table,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bench = await benchEInvoice();
  console.table(bench.table);
  console.log(`e-invoices: ${bench.found}/${bench.expected} found, ${bench.files} files, median ${bench.medianMs} ms, max ${bench.maxMs} ms`);
}
