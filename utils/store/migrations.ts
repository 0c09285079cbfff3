import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Settings } from '../model/settings';
import { languageOfTexts } from '../detect/client-language';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { RelanceDb, StoredClient } from './schema';

type UpgradeTx = IDBPTransaction<RelanceDb, StoreNames<RelanceDb>[], 'versionchange'>;
// Untyped view for steps that create what later versions describe (the schema type is the latest one).
type AnyDb = IDBPDatabase<unknown>;

/**
 * One step per schema version, run in order inside the upgrade transaction.
 * Never edit a released step: add a new one. Each step is tested from a database left by the previous version.
 */
export const MIGRATIONS: Array<(db: AnyDb, tx: UpgradeTx) => Promise<void> | void> = [
  // v1 (0.1.0): the five stores of DESIGN.md.
  (db) => {
    db.createObjectStore('clients', { keyPath: 'id' });
    const invoices = db.createObjectStore('invoices', { keyPath: 'id' });
    invoices.createIndex('byStatusNext', ['status', 'nextActionDate']);
    invoices.createIndex('byThread', 'threadIds', { multiEntry: true });
    invoices.createIndex('byClient', 'clientId');
    invoices.createIndex('byNumber', 'number');
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('byInvoiceSeq', ['invoiceId', 'seq'], { unique: true });
    events.createIndex('byRecordedAt', 'recordedAt');
    db.createObjectStore('settings');
    db.createObjectStore('templates', { keyPath: 'id' });
  },
  // v2: find a debtor by any of its addresses (replies, imports), and keep a local log of refusals.
  async (db, tx) => {
    const clients = tx.objectStore('clients');
    let cursor = await clients.openCursor();
    while (cursor) {
      const client = cursor.value as StoredClient;
      await cursor.update({ ...client, emailKeys: (client.emails ?? []).map((e) => e.email.trim().toLowerCase()) });
      cursor = await cursor.continue();
    }
    clients.createIndex('byEmail', 'emailKeys', { multiEntry: true });
    db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
  },
  // v3: each invoice carries its chain's head hash and event count, so a timeline cut at the end no longer verifies;
  // connector keys move out of storage.local (which content scripts can read) into a store only the background opens.
  async (db, tx) => {
    db.createObjectStore('vault');
    const invoices = tx.objectStore('invoices');
    const byInvoiceSeq = tx.objectStore('events').index('byInvoiceSeq');
    let cursor = await invoices.openCursor();
    while (cursor) {
      const invoice = cursor.value as Invoice;
      const last = await byInvoiceSeq.openCursor(IDBKeyRange.bound([invoice.id, 0], [invoice.id, Infinity]), 'prev');
      const tail = last?.value as TimelineEvent | undefined;
      await cursor.update({ ...invoice, chainHead: tail?.hash ?? '', eventCount: tail ? tail.seq + 1 : 0 });
      cursor = await cursor.continue();
    }
  },
  // v4: remember every read mail that names an invoice number (thread, message, kind), tracked or not, so tracking
  // later replays it and a payment notice read first is matched after (issue 14).
  (db) => {
    const sightings = db.createObjectStore('sightings', { keyPath: 'key' });
    sightings.createIndex('byNumber', 'numbers', { multiEntry: true });
    sightings.createIndex('byThread', 'threadId');
  },
  // v5: a client's language carries where it came from. A language other than the user's own was chosen; one equal
  // to it was never chosen, and the client's recorded replies may say otherwise.
  async (_db, tx) => {
    const settings = (await tx.objectStore('settings').get('main')) as Settings | undefined;
    const own = settings?.language ?? 'fr';
    const invoices = tx.objectStore('invoices');
    const events = tx.objectStore('events');
    const clients = tx.objectStore('clients');
    let cursor = await clients.openCursor();
    while (cursor) {
      const client = cursor.value as StoredClient;
      let update: Pick<StoredClient, 'language' | 'languageSource'> = {
        language: client.language,
        languageSource: client.language === own ? 'settings' : 'user',
      };
      if (update.languageSource === 'settings') {
        const replies: string[] = [];
        for (const invoiceId of await invoices.index('byClient').getAllKeys(client.id)) {
          const timeline = (await events.index('byInvoiceSeq').getAll(IDBKeyRange.bound([invoiceId, 0], [invoiceId, Infinity]))) as TimelineEvent[];
          for (const e of timeline) if (e.kind === 'reply-received') replies.push(e.data.excerpt ?? '');
        }
        const language = languageOfTexts(replies);
        if (language) update = { language, languageSource: 'replies' };
      }
      await cursor.update({ ...client, ...update });
      cursor = await cursor.continue();
    }
  },
  // v6: a count of committed changes, written with each of them, so a kept copy of an answer can be proven current
  // by the database itself even when the worker stopped between a write and dropping the copies it changed (issue 17).
  (db) => {
    db.createObjectStore('meta');
  },
];
