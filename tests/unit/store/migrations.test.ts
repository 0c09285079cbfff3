import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRelanceDb } from '../../../utils/store/open-db';
import { DB_VERSION } from '../../../utils/store/schema';
import { RelanceStore } from '../../../utils/store/relance-store';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v4 from '../../fixtures/db/v4.json';
import type { MailSighting } from '../../../utils/model/mail-sighting';

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

/** Writes the v2 fixture into a database built by the first two migration steps, as schema v2 left it. */
async function seedV2(name: string): Promise<void> {
  const db = await openRelanceDb(name, 2);
  const tx = db.transaction(['clients', 'invoices', 'events', 'settings', 'templates', 'log'], 'readwrite');
  for (const c of v2.clients) await tx.objectStore('clients').put(c as never);
  for (const i of v2.invoices) await tx.objectStore('invoices').put(i as never);
  for (const e of v2.events) await tx.objectStore('events').put(e as never);
  await tx.objectStore('settings').put(v2.settings as never, 'main');
  for (const t of v2.templates) await tx.objectStore('templates').put(t as never);
  for (const l of v2.log) await tx.objectStore('log').put(l as never);
  await tx.done;
  db.close();
}

/** Writes the v4 fixture into a database built by the first four migration steps, as schema v4 left it. */
async function seedV4(name: string): Promise<void> {
  const db = await openRelanceDb(name, 4);
  const tx = db.transaction(['clients', 'invoices', 'events', 'settings', 'templates'], 'readwrite');
  for (const c of v4.clients) await tx.objectStore('clients').put(c as never);
  for (const i of v4.invoices) await tx.objectStore('invoices').put(i as never);
  for (const e of v4.events) await tx.objectStore('events').put(e as never);
  await tx.objectStore('settings').put(v4.settings as never, 'main');
  for (const t of v4.templates) await tx.objectStore('templates').put(t as never);
  await tx.done;
  db.close();
}

const sighting = (number: string, threadId: string, messageId: string): MailSighting => ({
  key: `gmail:${messageId}`,
  webmail: 'gmail',
  threadId,
  threadUrl: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  threadSubject: `Relance facture ${number}`,
  numbers: [number],
  message: { id: messageId, threadId, subject: `Relance facture ${number}`, from: { email: 'me@example.fr' }, to: [], date: '2026-10-20T09:00:00+02:00', text: `Facture ${number}`, attachments: [] },
  firstSeenAt: '2026-10-20T07:00:00.000Z',
});

describe('schema migrations', () => {
  it('upgrades a v4 database: every client language gets its source, a never-chosen one follows the recorded replies', async () => {
    const name = `relance-v4-${Math.random()}`;
    await seedV4(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('clients')).toBe(v4.clients.length);
    expect(await db.count('invoices')).toBe(v4.invoices.length);
    expect(await db.count('events')).toBe(v4.events.length);
    for (const event of v4.events) expect(await db.get('events', event.id)).toEqual(event);
    for (const invoice of v4.invoices) expect(await db.get('invoices', invoice.id)).toEqual(invoice);
    // Never chosen (the user's own French) and the client writes English: English, read from the replies.
    expect(await db.get('clients', 'c1')).toMatchObject({ language: 'en', languageSource: 'replies', emailKeys: ['marie.dupont@atelier-dupont.fr'] });
    // Chosen by the user (not the user's own language): kept, even though the client writes French.
    expect(await db.get('clients', 'c2')).toMatchObject({ language: 'en', languageSource: 'user' });
    // Never chosen, nothing read: the user's language, still open to what the threads say.
    expect(await db.get('clients', 'c3')).toMatchObject({ language: 'fr', languageSource: 'settings' });
    db.close();
  });

  it('upgrades a v2 database with data: every record kept, the mail index added and answering', async () => {
    const name = `relance-v2-${Math.random()}`;
    await seedV2(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    // Later steps only add fields to a client (its language's source).
    for (const client of v2.clients) expect(await db.get('clients', client.id)).toMatchObject(client);
    for (const invoice of v2.invoices) expect(await db.get('invoices', invoice.id)).toMatchObject(invoice);
    for (const event of v2.events) expect(await db.get('events', event.id)).toEqual(event);
    expect(await db.count('log')).toBe(v2.log.length);
    expect(await db.count('templates')).toBe(v2.templates.length);
    expect(await db.count('sightings')).toBe(0);
    db.close();
    const store = new RelanceStore((onClose) => openRelanceDb(name, undefined, onClose));
    expect((await store.invoicesByNumber('F-2026-014')).map((i) => i.id)).toEqual(['i1']);
    await store.rememberSightings([sighting('F-2026-014', 't9', 'm1')]);
    // Read again later: the first sighting's moment is kept, a new number is added.
    const [again] = await store.rememberSightings([{ ...sighting('F-2026-099', 't9', 'm1'), firstSeenAt: '2026-12-01T00:00:00.000Z' }]);
    expect(again.firstSeenAt).toBe('2026-10-20T07:00:00.000Z');
    expect((await store.sightingsByNumber('F-2026-014')).map((s) => s.key)).toEqual(['gmail:m1']);
    expect((await store.sightingsByNumber('F-2026-099')).map((s) => s.key)).toEqual(['gmail:m1']);
    expect((await store.sightingsByThread('t9')).map((s) => s.numbers)).toEqual([['F-2026-014', 'F-2026-099']]);
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
    const name = `relance-v2-seal-${Math.random()}`;
    await seedV2(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (const invoice of v2.invoices) {
      const events = v2.events.filter((e) => e.invoiceId === invoice.id).sort((a, b) => a.seq - b.seq);
      expect(await db.get('invoices', invoice.id)).toEqual({ ...invoice, chainHead: events.at(-1)?.hash ?? '', eventCount: events.length });
    }
    // Connector keys get a store of their own, which backups leave out (BACKED_UP_STORES).
    expect(db.objectStoreNames.contains('vault')).toBe(true);
    expect((await db.getFromIndex('clients', 'byEmail', 'jm@example.net'))?.id).toBe('c2');
    db.close();
  });

  it('creates a fresh database at the latest version', async () => {
    const db = await openRelanceDb(`relance-fresh-${Math.random()}`);
    expect([...db.objectStoreNames].sort()).toEqual(['clients', 'events', 'invoices', 'log', 'settings', 'sightings', 'templates', 'vault']);
    db.close();
  });
});
