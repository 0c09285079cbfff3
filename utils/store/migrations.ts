import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
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
  // v3: remember every read mail that names an invoice number (thread, message, kind), tracked or not, so tracking
  // later replays it and a payment notice read first is matched after (issue 14).
  (db) => {
    const sightings = db.createObjectStore('sightings', { keyPath: 'key' });
    sightings.createIndex('byNumber', 'numbers', { multiEntry: true });
    sightings.createIndex('byThread', 'threadId');
  },
];
