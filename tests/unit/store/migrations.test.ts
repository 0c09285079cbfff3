import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRelanceDb } from '../../../utils/store/open-db';
import { DB_VERSION } from '../../../utils/store/schema';
import { RelanceStore } from '../../../utils/store/relance-store';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';

/** Writes the v1 fixture into a database built by the v1 migration only, as release 0.1.0 left it. */
async function seedV1(name: string): Promise<void> {
  const db = await openRelanceDb(name, 1);
  const tx = db.transaction(['clients', 'invoices', 'events', 'settings', 'templates'], 'readwrite');
  // v1 clients had no emailKeys: the fixture is stored exactly as that release wrote it.
  for (const c of v1.clients) await tx.objectStore('clients').put(c as never);
  for (const i of v1.invoices) await tx.objectStore('invoices').put(i as never);
  for (const e of v1.events) await tx.objectStore('events').put(e as never);
  await tx.objectStore('settings').put(v1.settings as never, 'main');
  for (const t of v1.templates) await tx.objectStore('templates').put(t as never);
  await tx.done;
  db.close();
}

/** Writes the v3 fixture into a database built by the first three migration steps, as schema v3 left it. */
async function seedV3(name: string): Promise<void> {
  const db = await openRelanceDb(name, 3);
  const tx = db.transaction(['clients', 'invoices', 'events', 'settings', 'templates'], 'readwrite');
  for (const c of v3.clients) await tx.objectStore('clients').put(c as never);
  for (const i of v3.invoices) await tx.objectStore('invoices').put(i as never);
  for (const e of v3.events) await tx.objectStore('events').put(e as never);
  await tx.objectStore('settings').put(v3.settings as never, 'main');
  for (const t of v3.templates) await tx.objectStore('templates').put(t as never);
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('upgrades a v3 database: every client language gets its source, a never-chosen one follows the recorded replies', async () => {
    const name = `relance-v3-${Math.random()}`;
    await seedV3(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('clients')).toBe(v3.clients.length);
    expect(await db.count('invoices')).toBe(v3.invoices.length);
    expect(await db.count('events')).toBe(v3.events.length);
    for (const event of v3.events) expect(await db.get('events', event.id)).toEqual(event);
    // Never chosen (the user's own French) and the client writes English: English, read from the replies.
    expect(await db.get('clients', 'c1')).toMatchObject({ language: 'en', languageSource: 'replies', emailKeys: ['marie.dupont@atelier-dupont.fr'] });
    // Chosen by the user (not the user's own language): kept, even though the client writes French.
    expect(await db.get('clients', 'c2')).toMatchObject({ language: 'en', languageSource: 'user' });
    // Never chosen, nothing read: the user's language, still open to what the threads say.
    expect(await db.get('clients', 'c3')).toMatchObject({ language: 'fr', languageSource: 'settings' });
    db.close();
  });

  it('upgrades a v1 database with data and keeps every record', async () => {
    const name = `relance-v1-${Math.random()}`;
    await seedV1(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('clients')).toBe(v1.clients.length);
    expect(await db.count('invoices')).toBe(v1.invoices.length);
    expect(await db.count('events')).toBe(v1.events.length);
    expect(await db.count('templates')).toBe(v1.templates.length);
    expect((await db.get('settings', 'main'))?.creditor.name).toBe('Studio Lumen');
    for (const invoice of v1.invoices) expect(await db.get('invoices', invoice.id)).toMatchObject(invoice);
    for (const event of v1.events) expect(await db.get('events', event.id)).toEqual(event);
    // v2 indexed every client address, lower-cased, so replies from any of them are matched.
    expect((await db.getFromIndex('clients', 'byEmail', 'marie.dupont@atelier-dupont.fr'))?.id).toBe('c1');
    expect((await db.getFromIndex('clients', 'byEmail', 'jm@example.net'))?.id).toBe('c2');
    expect(db.objectStoreNames.contains('log')).toBe(true);
    db.close();
  });

  it('serves upgraded data through the store (indexes of v1 still answer)', async () => {
    const name = `relance-v1-store-${Math.random()}`;
    await seedV1(name);
    const store = new RelanceStore((onClose) => openRelanceDb(name, undefined, onClose));
    expect((await store.invoicesByThread('t1')).map((i) => i.number)).toEqual(['F-2026-014']);
    expect((await store.timeline('i1')).map((e) => e.seq)).toEqual([0, 1]);
    expect((await store.actionableBy('2026-11-23')).map((i) => i.id)).toEqual(['i1']);
    expect((await store.getSettings()).creditor.siren).toBe('732829320');
  });

  it('seals every invoice of a v2 database with its own chain head and event count', async () => {
    const name = `relance-v2-${Math.random()}`;
    const old = await openRelanceDb(name, 2);
    const tx = old.transaction(['clients', 'invoices', 'events', 'settings', 'templates', 'log'], 'readwrite');
    for (const c of v2.clients) await tx.objectStore('clients').put(c as never);
    for (const i of v2.invoices) await tx.objectStore('invoices').put(i as never);
    for (const e of v2.events) await tx.objectStore('events').put(e as never);
    await tx.objectStore('settings').put(v2.settings as never, 'main');
    for (const l of v2.log) await tx.objectStore('log').put(l as never);
    await tx.done;
    old.close();

    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (const invoice of v2.invoices) {
      const events = v2.events.filter((e) => e.invoiceId === invoice.id).sort((a, b) => a.seq - b.seq);
      expect(await db.get('invoices', invoice.id)).toEqual({ ...invoice, chainHead: events.at(-1)?.hash ?? '', eventCount: events.length });
    }
    expect(await db.count('log')).toBe(1);
    // Connector keys get a store of their own, which backups leave out (BACKED_UP_STORES).
    expect(db.objectStoreNames.contains('vault')).toBe(true);
    expect((await db.getFromIndex('clients', 'byEmail', 'jm@example.net'))?.id).toBe('c2');
    db.close();
  });

  it('creates a fresh database at the latest version', async () => {
    const db = await openRelanceDb(`relance-fresh-${Math.random()}`);
    expect([...db.objectStoreNames].sort()).toEqual(['clients', 'events', 'invoices', 'log', 'settings', 'templates', 'vault']);
    db.close();
  });
});
