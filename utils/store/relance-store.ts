import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { chainEvent } from '../evidence/chain-event';
import type { NewEvent, TimelineEvent } from '../model/event';
import { checkedEvent } from '../model/event-schemas';
import type { Invoice } from '../model/invoice';
import type { MailSighting } from '../model/mail-sighting';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { openRelanceDb } from './open-db';
import type { TemplateOverride } from '../model/template-override';
import { BACKED_UP_STORES, CHANGES_KEY, type LogEntry, type RelanceDb, type StoredClient } from './schema';
import { WriteQueue } from './write-queue';
import { LatestEntries } from '../state/latest-entries';
import { changesSighting, mergeSighting } from './merge-sighting';
import { NO_PROGRESS, type ProgressReport } from '../progress/progress-report';
import { EVERYTHING, type StoreChange, type StoreChangeListener } from './store-change';

/** A write lost a race (the invoice or its timeline moved since it was read): the caller re-reads and retries. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

export interface Commit {
  invoice: Invoice;
  /** The revision the caller read; the write is refused if the stored one differs. Absent for a new invoice. */
  expectRev?: number;
  client?: StoredClient;
  events?: NewEvent[];
}

export type BackupStores = {
  clients: StoredClient[];
  invoices: Invoice[];
  events: TimelineEvent[];
  settings: Settings[];
  templates: TemplateOverride[];
};

const LOG_CAP = 1_000;
/** Mails kept in memory by rememberSightings: some twenty 50-message threads (the thread memo keeps 8). */
const KEPT_SIGHTINGS = 1_000;

/** The background's access to IndexedDB. Only the background constructs one; every write goes through its queue. */
export class RelanceStore {
  private dbp?: Promise<IDBPDatabase<RelanceDb>>;
  private readonly queue = new WriteQueue();
  /** Mails as this store last wrote or read them (rememberSightings), the most recent KEPT_SIGHTINGS. */
  private readonly storedSightings = new LatestEntries<string, MailSighting>(KEPT_SIGHTINGS);
  private readonly listeners: StoreChangeListener[] = [];

  constructor(
    private readonly open: (onClose: () => void) => Promise<IDBPDatabase<RelanceDb>> = (onClose) => openRelanceDb(undefined, undefined, onClose),
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The open database; reopened when the browser or a newer worker closed it. */
  private async db(): Promise<IDBPDatabase<RelanceDb>> {
    const opening = (this.dbp ??= this.open(() => {
      if (this.dbp === opening) this.dbp = undefined;
      // Whoever closed it (site data cleared, a newer worker) may have changed the mails remembered there.
      this.storedSightings.clear();
    }).catch((error) => {
      this.dbp = undefined;
      throw error;
    }));
    return opening;
  }

  /**
   * Starts opening the database without waiting for it: a woken worker's first request would otherwise wait for the
   * open after reading its message. A failure is left to the first real access, which opens it again and reports it.
   */
  openAhead(): void {
    this.db().catch(() => undefined);
  }

  /** Tells `listener` what each write changed, once it is committed (copies of views kept elsewhere are dropped). */
  onChange(listener: StoreChangeListener): void {
    this.listeners.push(listener);
  }

  private changed(change: StoreChange, count: number): void {
    for (const listener of this.listeners) {
      try {
        listener(change, count);
      } catch {
        // A listener's failure is its own: the write it hears about is committed.
      }
    }
  }

  /** Runs `job` alone: read-compute-write sequences in it cannot interleave with other writes. */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    return this.queue.run(job);
  }

  async getSettings(): Promise<Settings> {
    const stored = await (await this.db()).get('settings', 'main');
    return {
      ...DEFAULT_SETTINGS,
      ...stored,
      creditor: { ...DEFAULT_SETTINGS.creditor, ...stored?.creditor },
      ladder: { ...DEFAULT_SETTINGS.ladder, ...stored?.ladder },
    };
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.writeCounted('settings', (store) => store.put(settings, 'main'), EVERYTHING);
  }

  /** The changes committed so far (CHANGES_KEY): what the last one told its listeners. */
  async changeCount(): Promise<number> {
    return (await (await this.db()).get('meta', CHANGES_KEY)) ?? 0;
  }

  /** One write to one store, counted and told to the listeners as `change` once committed. */
  private async writeCounted<N extends 'settings' | 'clients' | 'templates'>(
    name: N,
    write: (store: IDBPObjectStore<RelanceDb, (N | 'meta')[], N, 'readwrite'>) => Promise<unknown>,
    change: StoreChange,
  ): Promise<void> {
    const tx = (await this.db()).transaction([name, 'meta'], 'readwrite');
    let count = 0;
    await settle(tx, async () => {
      await write(tx.objectStore(name));
      count = await countChange(tx);
    });
    this.changed(change, count);
  }

  async getClient(id: string): Promise<StoredClient | undefined> {
    return (await this.db()).get('clients', id);
  }

  async findClientByEmail(email: string): Promise<StoredClient | undefined> {
    return (await this.db()).getFromIndex('clients', 'byEmail', email.trim().toLowerCase());
  }

  async allClients(): Promise<StoredClient[]> {
    return (await this.db()).getAll('clients');
  }

  async getInvoice(id: string): Promise<Invoice | undefined> {
    return (await this.db()).get('invoices', id);
  }

  async invoicesByThread(threadId: string): Promise<Invoice[]> {
    return (await this.db()).getAllFromIndex('invoices', 'byThread', threadId);
  }

  async invoicesByNumber(number: string): Promise<Invoice[]> {
    return (await this.db()).getAllFromIndex('invoices', 'byNumber', number);
  }

  async invoicesByClient(clientId: string): Promise<Invoice[]> {
    return (await this.db()).getAllFromIndex('invoices', 'byClient', clientId);
  }

  async allInvoices(): Promise<Invoice[]> {
    return (await this.db()).getAll('invoices');
  }

  /** Open or promised invoices whose next action falls on or before `date` (the daily list), via the status index. */
  async actionableBy(date: string): Promise<Invoice[]> {
    const db = await this.db();
    const out: Invoice[] = [];
    for (const status of ['open', 'promised', 'payment-claimed'] as const) {
      out.push(...(await db.getAllFromIndex('invoices', 'byStatusNext', IDBKeyRange.bound([status, ''], [status, date]))));
    }
    return out;
  }

  async timeline(invoiceId: string): Promise<TimelineEvent[]> {
    return (await this.db()).getAllFromIndex('events', 'byInvoiceSeq', IDBKeyRange.bound([invoiceId, 0], [invoiceId, Infinity]));
  }

  private async lastEvent(invoiceId: string): Promise<TimelineEvent | undefined> {
    const db = await this.db();
    const cursor = await db
      .transaction('events')
      .store.index('byInvoiceSeq')
      .openCursor(IDBKeyRange.bound([invoiceId, 0], [invoiceId, Infinity]), 'prev');
    return cursor?.value;
  }

  /**
   * Saves an invoice with its client and new timeline events in ONE transaction: either all of it is stored or none.
   * Hashes are computed before the transaction (Web Crypto is async and would let IndexedDB auto-commit early);
   * inside it, the chain's tail and the invoice revision are checked again.
   */
  async commit(change: Commit): Promise<{ invoice: Invoice; events: TimelineEvent[] }> {
    const { invoice } = change;
    // A new invoice has no events: the transaction below proves it, without a read before it.
    const prev = change.expectRev === undefined ? undefined : await this.lastEvent(invoice.id);
    const recordedAt = this.now().toISOString();
    const sealed: TimelineEvent[] = [];
    let tail = prev;
    for (const input of change.events ?? []) {
      // Events are append-only: one its own schema refuses would make every later backup unrestorable.
      tail = await chainEvent(tail, { id: crypto.randomUUID(), invoiceId: invoice.id, recordedAt, ...checkedEvent(input) });
      sealed.push(tail);
    }
    const saved: Invoice = {
      ...invoice,
      rev: (change.expectRev ?? 0) + 1,
      updatedAt: recordedAt,
      chainHead: tail?.hash ?? '',
      eventCount: tail ? tail.seq + 1 : 0,
    };
    const db = await this.db();
    const tx = db.transaction(['clients', 'invoices', 'events', 'meta'], 'readwrite');
    let count = 0;
    await settle(tx, async () => {
      const stored = await tx.objectStore('invoices').get(invoice.id);
      if ((stored?.rev ?? undefined) !== change.expectRev) throw new ConflictError(`invoice ${invoice.number} changed since it was read`);
      const storedTail = await tx
        .objectStore('events')
        .index('byInvoiceSeq')
        .openCursor(IDBKeyRange.bound([invoice.id, 0], [invoice.id, Infinity]), 'prev');
      if ((storedTail?.value.id ?? undefined) !== prev?.id) throw new ConflictError(`timeline of ${invoice.number} changed since it was read`);
      if (change.client) await tx.objectStore('clients').put(change.client);
      await tx.objectStore('invoices').put(saved);
      // Asked at once: one round trip for a thread's replies, not one per event (the transaction still commits all or none).
      const events = tx.objectStore('events');
      await Promise.all(sealed.map((event) => events.add(event)));
      count = await countChange(tx);
    });
    this.changed({ invoices: [invoice.id], clients: change.client ? [change.client.id] : [], numbers: [invoice.number] }, count);
    return { invoice: saved, events: sealed };
  }

  /**
   * Remembers read mails that name invoice numbers. A mail already known keeps when it was first seen (what decides
   * "written before tracking"), gains any new number, and keeps its longest text (a collapsed mail later expanded).
   */
  async rememberSightings(incoming: MailSighting[]): Promise<MailSighting[]> {
    // An open thread remembers its mails again on every change of the page: what this store last wrote or read of a
    // mail settles most of them without asking the database (issue 17; ~50 reads per change of a 50-message thread).
    const unchanged = new Map<string, MailSighting>();
    const sightings = incoming.filter((s) => {
      const known = this.storedSightings.get(s.key);
      if (known && !changesSighting(known, s)) unchanged.set(s.key, known);
      return !unchanged.has(s.key);
    });
    if (!sightings.length) return incoming.map((s) => unchanged.get(s.key)!);
    const db = await this.db();
    // What was read in the mailbox, read again on the next visit if lost: no need to wait for the disk (evidence
    // events keep the default durability).
    const tx = db.transaction(['sightings', 'meta'], 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('sightings');
    const out: MailSighting[] = [];
    // The numbers of the mails written: a thread naming an invoice is one more of its threads, and its mails its replies.
    const numbers = new Set<string>();
    let count = 0;
    await settle(tx, async () => {
      // All reads asked at once: one round trip for a 50-message thread, not fifty.
      const stored = await Promise.all(sightings.map((sighting) => store.get(sighting.key)));
      const writes: Promise<unknown>[] = [];
      for (const [i, sighting] of sightings.entries()) {
        const known = stored[i];
        const changes = !known || changesSighting(known, sighting);
        const merged = !known ? sighting : changes ? mergeSighting(known, sighting) : known;
        if (changes) {
          writes.push(store.put(merged));
          for (const number of merged.numbers) numbers.add(number);
        }
        out.push(merged);
      }
      await Promise.all(writes);
      if (numbers.size) count = await countChange(tx);
    });
    if (numbers.size) this.changed({ invoices: [], clients: [], numbers: [...numbers] }, count);
    for (const merged of out) this.storedSightings.set(merged.key, merged);
    const written = new Map(out.map((merged) => [merged.key, merged]));
    return incoming.map((s) => written.get(s.key) ?? unchanged.get(s.key)!);
  }

  async sightingsByNumber(number: string): Promise<MailSighting[]> {
    return (await this.db()).getAllFromIndex('sightings', 'byNumber', number);
  }

  async sightingsByThread(threadId: string): Promise<MailSighting[]> {
    return (await this.db()).getAllFromIndex('sightings', 'byThread', threadId);
  }

  /** One remembered mail of the thread (the first of sightingsByThread), for its address and subject: not all fifty. */
  async threadSighting(threadId: string): Promise<MailSighting | undefined> {
    return (await this.db()).getFromIndex('sightings', 'byThread', threadId);
  }

  async putClient(client: StoredClient): Promise<void> {
    await this.writeCounted('clients', (store) => store.put(client), { invoices: [], clients: [client.id], numbers: [] });
  }

  async templateOverrides(): Promise<TemplateOverride[]> {
    return (await this.db()).getAll('templates');
  }

  async putTemplateOverride(override: TemplateOverride): Promise<void> {
    await this.writeCounted('templates', (store) => store.put(override), EVERYTHING);
  }

  async deleteTemplateOverride(id: string): Promise<void> {
    await this.writeCounted('templates', (store) => store.delete(id), EVERYTHING);
  }

  /**
   * Notes a refusal or failure locally (capped); never throws, since it is called from error paths. With `coalesce`,
   * an entry like the last one only counts up on it: another extension flooding us cannot push everything else out.
   */
  async log(entry: Omit<LogEntry, 'id' | 'at' | 'count'>, coalesce = false): Promise<void> {
    try {
      const db = await this.db();
      const tx = db.transaction('log', 'readwrite');
      const at = this.now().toISOString();
      const last = coalesce ? (await tx.store.openCursor(null, 'prev'))?.value : undefined;
      if (last && last.what === entry.what && last.level === entry.level && last.count !== undefined) {
        await tx.store.put({ ...last, at, detail: entry.detail.slice(0, 2_000), count: last.count + 1 });
        await tx.done;
        return;
      }
      await tx.store.add({ ...entry, detail: entry.detail.slice(0, 2_000), at, ...(coalesce ? { count: 1 } : {}) });
      const count = await tx.store.count();
      if (count > LOG_CAP) {
        let cursor = await tx.store.openCursor();
        for (let extra = count - LOG_CAP; cursor && extra > 0; extra--) {
          await cursor.delete();
          cursor = await cursor.continue();
        }
      }
      await tx.done;
    } catch {
      // Logging must never turn a refusal into a crash.
    }
  }

  /** A `KeyValueArea` over the vault store (utils/connectors/connection-vault.ts): `{ [key]: value }`, or `{}`. */
  async getPrivate(key: string): Promise<Record<string, unknown>> {
    const value = await (await this.db()).get('vault', key);
    return value === undefined ? {} : { [key]: value };
  }

  async setPrivate(items: Record<string, unknown>): Promise<void> {
    const tx = (await this.db()).transaction('vault', 'readwrite');
    await settle(tx, async () => {
      for (const [key, value] of Object.entries(items)) await tx.store.put(value, key);
    });
  }

  async readLog(): Promise<LogEntry[]> {
    return (await this.db()).getAll('log');
  }

  /** Every backed-up store, read in one transaction so the copy is consistent. */
  async dump(): Promise<BackupStores> {
    const db = await this.db();
    const tx = db.transaction(BACKED_UP_STORES);
    const [clients, invoices, events, settings, templates] = await Promise.all([
      tx.objectStore('clients').getAll(),
      tx.objectStore('invoices').getAll(),
      tx.objectStore('events').getAll(),
      tx.objectStore('settings').getAll(),
      tx.objectStore('templates').getAll(),
    ]);
    return { clients, invoices, events, settings, templates };
  }

  /** Empties every store of the database, the local log included, in one transaction (the user's "delete everything"). */
  async eraseAll(): Promise<void> {
    const db = await this.db();
    const names = [...db.objectStoreNames] as StoreNames<RelanceDb>[];
    const tx = db.transaction(names, 'readwrite');
    // Before: a mail remembered meanwhile is written after the erase. After: one written before it was erased too.
    this.storedSightings.clear();
    let count = 0;
    await settle(tx, async () => {
      // The count goes on: a copy kept before the erase must not match a count started again.
      for (const name of names) if (name !== 'meta') await tx.objectStore(name).clear();
      count = await countChange(tx);
    });
    this.storedSightings.clear();
    this.changed(EVERYTHING, count);
  }

  /** Replaces every backed-up store with `data` in one transaction: a failure leaves the previous data untouched. */
  async replaceAll(data: BackupStores): Promise<void> {
    const records = [
      ...data.clients.map((value) => ({ name: 'clients' as const, value })),
      ...data.invoices.map((value) => ({ name: 'invoices' as const, value })),
      ...data.events.map((value) => ({ name: 'events' as const, value })),
      ...data.templates.map((value) => ({ name: 'templates' as const, value })),
    ];
    await this.restore({ settings: data.settings[0], total: records.length, records: () => records, hashAt: () => undefined, invoiceIdsNumbered: () => [] });
  }

  /**
   * Replaces every backed-up store with a checked backup in ONE transaction: a failure, a cancel (`progress` throws)
   * or a timeline that differs from the one held here leaves the previous data untouched. Records are taken one at a
   * time from `source`, synchronously: waiting on anything but IndexedDB would let the transaction commit half-way.
   */
  async restore(source: RestoreSource, progress: ProgressReport = NO_PROGRESS): Promise<void> {
    const db = await this.db();
    const tx = db.transaction([...BACKED_UP_STORES, 'meta'], 'readwrite');
    let done = 0;
    let count = 0;
    const written = () => progress('writing', ++done, source.total);
    await settle(tx, async () => {
      // A file that verifies on its own can still have been edited and re-hashed: it must agree with what this browser recorded.
      const diverging = new Map<string, number>();
      for (let cursor = await tx.objectStore('events').openCursor(); cursor; cursor = await cursor.continue()) {
        const { invoiceId, seq, hash } = cursor.value;
        const incoming = source.hashAt(invoiceId, seq);
        if (incoming !== undefined && incoming !== hash && seq < (diverging.get(invoiceId) ?? Infinity)) diverging.set(invoiceId, seq);
      }
      const [divergence] = diverging;
      if (divergence) throw new DivergenceError(divergence[0], divergence[1]);
      // The same invoice under another id in the file (its number kept, its id changed) escapes the comparison above:
      // its timeline would replace the one recorded here unchecked.
      for (let cursor = await tx.objectStore('invoices').openCursor(); cursor; cursor = await cursor.continue()) {
        const { id, number } = cursor.value;
        const inFile = source.invoiceIdsNumbered(number);
        if (inFile.length && !inFile.includes(id)) throw new DivergenceError(id, 0, number);
      }
      for (const name of BACKED_UP_STORES) await tx.objectStore(name).clear();
      for (const { name, value } of source.records())
        await tx
          .objectStore(name)
          .put(value as never)
          .then(written);
      if (source.settings) await tx.objectStore('settings').put(source.settings, 'main');
      count = await countChange(tx);
    });
    this.changed(EVERYTHING, count);
  }
}

/** What a restore writes: every record (checked), the settings, and the file's chain digests to compare with those held. */
export interface RestoreSource {
  settings?: Settings;
  total: number;
  records(): Iterable<{ name: 'clients' | 'invoices' | 'events' | 'templates'; value: StoredClient | Invoice | TimelineEvent | TemplateOverride }>;
  hashAt(invoiceId: string, seq: number): string | undefined;
  /** The ids the file gives invoices numbered `number`. */
  invoiceIdsNumbered(number: string): readonly string[];
}

/** The backup's timeline of an invoice differs, from event `seq`, from the one this browser recorded. */
export class DivergenceError extends Error {
  override name = 'DivergenceError';
  constructor(
    readonly invoiceId: string,
    readonly seq: number,
    /** Set when the invoice is this browser's, under another id in the file. */
    readonly number?: string,
  ) {
    super(`timeline of ${invoiceId} differs from event ${seq}`);
  }
}

/**
 * Runs the writes of `tx` and waits for it to commit. On any failure the transaction is aborted (nothing of it is
 * kept) and its own rejection is observed, so a refused write is one clear error, never an unhandled rejection.
 */
/** Counts a change inside the write's own transaction (CHANGES_KEY): both commit, or neither. */
async function countChange<S extends ArrayLike<StoreNames<RelanceDb>>>(tx: IDBPTransaction<RelanceDb, S, 'readwrite'>): Promise<number> {
  const meta = (tx as unknown as IDBPTransaction<RelanceDb, ['meta'], 'readwrite'>).objectStore('meta');
  const count = ((await meta.get(CHANGES_KEY)) ?? 0) + 1;
  await meta.put(count, CHANGES_KEY);
  return count;
}

async function settle(tx: { done: Promise<void>; abort(): void }, writes: () => Promise<void>): Promise<void> {
  const done = tx.done;
  try {
    await writes();
  } catch (error) {
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    throw error;
  }
  await done;
}
