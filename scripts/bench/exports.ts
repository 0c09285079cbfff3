/** Export and evidence benchmark: formal notice, evidence DOCX, chain verification, backup at scale (targets from issue 6). */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chainEvent, type EventDraft } from '../../utils/evidence/chain-event';
import { verifyChain } from '../../utils/evidence/verify-chain';
import { serializeBackup } from '../../utils/export/backup';
import { renderEvidenceDocx } from '../../utils/export/evidence-docx';
import { renderFormalNotice } from '../../utils/export/formal-notice';
import type { Client } from '../../utils/model/client';
import type { TimelineEvent } from '../../utils/model/event';
import type { Invoice } from '../../utils/model/invoice';
import { DEFAULT_SETTINGS } from '../../utils/model/settings';
import { median } from './median';

const BODY = `Bonjour,\n\nSauf erreur de notre part, la facture ci-dessous reste impayée à ce jour. ${'Nous vous remercions de bien vouloir procéder à son règlement par virement. '.repeat(6)}\n\nCordialement,\nCamille Martin`;
const STAMP = '2026-01-10T09:00:00.000Z';
const RESULTS_DIR = path.resolve(import.meta.dirname, '../../bench-results');
const round = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => round(bytes / 1_048_576);

/** Median wall time of `runs` runs after one warm-up. */
async function time(run: () => Promise<unknown>, runs = 5): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return round(median(samples));
}

function client(index: number): Client {
  return {
    id: `c${index}`,
    name: `Client ${index}`,
    company: `Société ${index} SARL`,
    emails: [{ email: `compta${index}@example.fr` }],
    kind: 'business',
    address: ['1 rue de la Paix', '75002 Paris'],
    language: 'fr',
    createdAt: STAMP,
    updatedAt: STAMP,
    rev: 1,
  };
}

function invoice(index: number, clientId: string): Invoice {
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    id: `i${index}`,
    number: `F-2026-${String(index).padStart(5, '0')}`,
    clientId,
    issueDate: `2026-${month}-01`,
    dueDate: `2026-${month}-28`,
    total: { minor: 100_000 + index, currency: 'EUR' },
    amountDue: { minor: 100_000 + index, currency: 'EUR' },
    status: 'open',
    stage: 'reminder2',
    sources: [{ kind: 'mail', ref: `thread-${index}`, webmail: 'gmail', addedAt: STAMP }],
    threadIds: [`thread-${index}`],
    createdAt: STAMP,
    updatedAt: STAMP,
    rev: 1,
  };
}

/** A realistic mix: every fourth event a full reminder, the rest replies, calls, notes and stage changes. */
function draft(invoiceId: string, n: number): EventDraft {
  const occurredOn = `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  const base = { id: `${invoiceId}-e${n}`, invoiceId, recordedAt: `${occurredOn}T10:00:00.000Z`, occurredOn };
  switch (n % 4) {
    case 0:
      return {
        ...base,
        kind: 'reminder-sent',
        data: { stage: 'reminder1', to: [{ email: 'compta@example.fr' }], subject: `Facture ${invoiceId} échue`, body: BODY, bodySha256: 'a'.repeat(64) },
      };
    case 1:
      return {
        ...base,
        kind: 'reply-received',
        data: {
          messageId: `m${n}`,
          from: { email: 'compta@example.fr' },
          excerpt: 'Bonjour, nous réglons la facture à la fin du mois.',
          kind: 'promise',
          promisedDate: occurredOn,
          receivedAt: base.recordedAt,
        },
      };
    case 2:
      return { ...base, kind: 'call', data: { with: 'Comptabilité', summary: 'Relancé par téléphone, paiement annoncé.' } };
    default:
      return { ...base, kind: 'stage-change', data: { from: 'reminder1', to: 'reminder2' } };
  }
}

async function chain(invoiceId: string, count: number, offset = 0): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  for (let n = 0; n < count; n++) events.push(await chainEvent(events[n - 1], draft(invoiceId, n + offset)));
  return events;
}

/** Runs every export benchmark; times in ms, sizes and memory in MB. */
export async function benchExports(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const creditor = { name: 'Atelier Lune', address: ['12 rue des Arts', '69001 Lyon'], siren: '812345678', iban: 'FR7630006000011234567890189', city: 'Lyon' };

  const tenInvoices = Array.from({ length: 10 }, (_, i) => invoice(i, 'c0'));
  results.formalNotice10InvoicesMs = await time(() =>
    renderFormalNotice({
      creditor,
      debtor: { name: 'Société 0 SARL', kind: 'business', address: ['1 rue de la Paix', '75002 Paris'] },
      invoices: tenInvoices,
      asOf: '2026-12-07',
    }),
  );

  const longChain = await chain('i-long', 10_000);
  results.verifyChain10000EventsMs = await time(async () => {
    const result = await verifyChain(longChain);
    if (!result.intact) throw new Error('bench chain does not verify');
  });

  const evidenceInvoices = Array.from({ length: 10 }, (_, i) => invoice(i, 'c0'));
  const evidenceEvents = (await Promise.all(evidenceInvoices.map((inv) => chain(inv.id, 100)))).flat();
  results.evidenceDocx1000EventsMs = await time(
    () => renderEvidenceDocx({ creditor, client: client(0), invoices: evidenceInvoices, events: evidenceEvents, asOf: '2026-12-07' }),
    3,
  );

  // Backup at scale: 10 000 invoices over 500 clients, 20 events each = 200 000 events.
  const clients = Array.from({ length: 500 }, (_, i) => client(i));
  const invoices = Array.from({ length: 10_000 }, (_, i) => invoice(i, `c${i % 500}`));
  const events: TimelineEvent[] = [];
  // Chains are independent: build 500 at a time so the setup's digests overlap.
  for (let i = 0; i < invoices.length; i += 500) {
    for (const built of await Promise.all(invoices.slice(i, i + 500).map((inv) => chain(inv.id, 20)))) events.push(...built);
  }
  const stores = { clients, invoices, events, settings: { ...DEFAULT_SETTINGS, creditor }, templates: [] };
  const start = performance.now();
  const text = serializeBackup(stores, STAMP);
  results.backupSerializeMs = round(performance.now() - start);
  results.backupSizeMb = mb(text.length);
  // maxRSS is this process's high-water mark (kB): building 200 000 events and serialising them.
  results.processPeakRssMb = round(process.resourceUsage().maxRSS / 1024);

  // The restore runs in a process of its own, from the file on disk, so its peak memory is the restore's alone.
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'restore-backup.json');
  writeFileSync(file, text);
  // Bundled and run by plain Node: tsx compiling on the fly holds ~33 MB the extension never has.
  const bundle = path.join(RESULTS_DIR, 'restore-bench.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'restore.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error',
  });
  for (const mode of ['--no-db', '--fake-idb']) {
    const run = execFileSync(process.execPath, ['--expose-gc', bundle, file, mode], { encoding: 'utf8' });
    Object.assign(results, JSON.parse(run.trim().split('\n').at(-1)!));
  }
  rmSync(file);
  rmSync(bundle);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchExports());
}
