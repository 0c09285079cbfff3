/**
 * Store queries at scale (issue 10): 10 000 invoices and 200 000 events in the real RelanceStore, over fake-indexeddb
 * in Node. fake-indexeddb is a pure-JS IndexedDB, slower than Chromium's, so a pass here is a pass in the browser.
 */
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import type { TimelineEvent } from '../../utils/model/event';
import type { Invoice, InvoiceStatus } from '../../utils/model/invoice';
import { DEFAULT_SETTINGS } from '../../utils/model/settings';
import type { StoredClient } from '../../utils/store/schema';
import { openRelanceDb } from '../../utils/store/open-db';
import { RelanceStore } from '../../utils/store/relance-store';
import { median } from './median';

const INVOICES = 10_000;
const EVENTS_PER_INVOICE = 20;
const CLIENTS = 500;
const TODAY = '2026-11-23';
const STAMP = '2026-01-10T09:00:00.000Z';
// Stored events carry hashes; these queries never verify them, so fixed digests keep the setup short.
const HASH = 'a'.repeat(64);
const round = (value: number) => Math.round(value * 100) / 100;

export interface StoreBench {
  /** Always 'fake-indexeddb (Node)': these are not Chromium's IndexedDB timings. */
  engine: string;
  invoices: number;
  events: number;
  /** Invoices the overdue list returned at TODAY. */
  actionable: number;
  fillMs: number;
  actionableByMs: number;
  timelineMs: number;
  timelineMaxMs: number;
}

function day(offset: number): string {
  return new Date(Date.UTC(2026, 10, 23) + offset * 86_400_000).toISOString().slice(0, 10);
}

function invoiceAt(index: number): Invoice {
  // Years of invoicing: most paid; one in five still open, promised or claimed paid, about half of those due for
  // action today, so the overdue list holds ~1 000 invoices (10 % of the book: a bad year, not an average one).
  const statuses: InvoiceStatus[] = [...Array<InvoiceStatus>(15).fill('paid'), 'cancelled', 'open', 'open', 'promised', 'payment-claimed'];
  const status = statuses[index % statuses.length];
  const issue = day(-(index % 400));
  return {
    id: `i${index}`,
    number: `F-2026-${String(index).padStart(5, '0')}`,
    clientId: `c${index % CLIENTS}`,
    issueDate: issue,
    dueDate: day(-(index % 400) + 30),
    total: { minor: 100_000 + index, currency: 'EUR' },
    amountDue: { minor: 100_000 + index, currency: 'EUR' },
    status,
    stage: 'reminder1',
    nextActionDate: status === 'paid' ? undefined : day((index % 120) - 60),
    sources: [{ kind: 'mail', ref: `thread-${index}`, webmail: 'gmail', addedAt: STAMP }],
    threadIds: [`thread-${index}`],
    createdAt: STAMP,
    updatedAt: STAMP,
    rev: 1,
  };
}

function eventsOf(invoiceId: string): TimelineEvent[] {
  return Array.from({ length: EVENTS_PER_INVOICE }, (_, seq) => ({
    id: `${invoiceId}-e${seq}`,
    invoiceId,
    seq,
    kind: 'note',
    data: { text: `Note ${seq} : relancé par téléphone, paiement annoncé pour la fin du mois.` },
    recordedAt: `${day(seq - 40)}T10:00:00.000Z`,
    occurredOn: day(seq - 40),
    prevHash: seq === 0 ? '' : HASH,
    hash: HASH,
  }));
}

/** Fills a fresh database through the store, then times the overdue list and single timelines (median after a warm-up). */
export async function benchStore(): Promise<StoreBench> {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-bench-${Date.now()}`, undefined, onClose));
  const clients: StoredClient[] = Array.from({ length: CLIENTS }, (_, i) => ({
    id: `c${i}`,
    name: `Client ${i}`,
    emails: [{ email: `compta${i}@example.fr` }],
    emailKeys: [`compta${i}@example.fr`],
    kind: 'business',
    language: 'fr',
    createdAt: STAMP,
    updatedAt: STAMP,
    rev: 1,
  }));
  const invoices = Array.from({ length: INVOICES }, (_, i) => invoiceAt(i));
  const events = invoices.flatMap((invoice) => eventsOf(invoice.id));
  let started = performance.now();
  await store.replaceAll({ clients, invoices, events, settings: [DEFAULT_SETTINGS], templates: [] });
  const fillMs = performance.now() - started;

  let actionable = 0;
  const overdue: number[] = [];
  for (let run = 0; run < 6; run++) {
    started = performance.now();
    actionable = (await store.actionableBy(TODAY)).length;
    if (run > 0) overdue.push(performance.now() - started);
  }
  const timelines: number[] = [];
  for (let run = 0; run < 101; run++) {
    const id = `i${(run * 7_919) % INVOICES}`;
    started = performance.now();
    const timeline = await store.timeline(id);
    if (run > 0) timelines.push(performance.now() - started);
    if (timeline.length !== EVENTS_PER_INVOICE) throw new Error(`timeline of ${id} has ${timeline.length} events`);
  }
  if (actionable === 0) throw new Error('the overdue list is empty: the bench data is wrong');
  return {
    engine: 'fake-indexeddb (Node)',
    invoices: INVOICES,
    events: events.length,
    actionable,
    fillMs: Math.round(fillMs),
    actionableByMs: round(median(overdue)),
    timelineMs: round(median(timelines)),
    timelineMaxMs: round(Math.max(...timelines)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await benchStore());
}
