import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRelanceDb } from '../../../utils/store/open-db';
import { DB_VERSION } from '../../../utils/store/schema';
import { RelanceStore } from '../../../utils/store/relance-store';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';
import v4 from '../../fixtures/db/v4.json';
import v5 from '../../fixtures/db/v5.json';
import type { MailSighting } from '../../../utils/model/mail-sighting';
import type { StoredClient } from '../../../utils/store/schema';

interface DbFixture {
  clients: unknown[];
  invoices: unknown[];
  events: unknown[];
  settings: unknown;
  templates: unknown[];
  log?: unknown[];
}

/** Writes a fixture into a database built by the first `version` migration steps only, stored exactly as that schema left it. */
async function seed(name: string, version: number, fixture: DbFixture): Promise<void> {
  const db = await openRelanceDb(name, version);
  const tx = db.transaction(['clients', 'invoices', 'events', 'settings', 'templates', ...(fixture.log ? (['log'] as const) : [])], 'readwrite');
  const put = (store: string, value: unknown, key?: string) => tx.objectStore(store as never).put(value as never, key as never);
  for (const c of fixture.clients) await put('clients', c);
  for (const i of fixture.invoices) await put('invoices', i);
  for (const e of fixture.events) await put('events', e);
  await put('settings', fixture.settings, 'main');
  for (const t of fixture.templates) await put('templates', t);
  for (const l of fixture.log ?? []) await put('log', l);
  await tx.done;
  db.close();
}

/** As release 0.1.0 left it: v1 clients had no emailKeys. */
const seedV1 = (name: string) => seed(name, 1, v1);
/** As schema v2 left it (the refusals log added). */
const seedV2 = (name: string) => seed(name, 2, v2);
/** As schema v3 left it (chain heads and the vault; no mail index yet). */
const seedV3 = (name: string) => seed(name, 3, v3);
/** As schema v4 left it (chain heads, vault, mail index; no language source on clients). */
const seedV4 = (name: string) => seed(name, 4, v4);
/** As schema v5 left it (client languages with their source; no count of changes). */
const seedV5 = (name: string) => seed(name, 5, v5);

/** Opens a database seeded by `seedAt` at the latest version (every later step runs) and checks that no record was lost. */
async function upgraded(prefix: string, seedAt: (name: string) => Promise<void>, fixture: DbFixture) {
  const name = `${prefix}-${Math.random()}`;
  await seedAt(name);
  const db = await openRelanceDb(name);
  expect(db.version).toBe(DB_VERSION);
  for (const store of ['clients', 'invoices', 'events', 'templates'] as const) expect(await db.count(store)).toBe(fixture[store].length);
  return db;
}

const sighting = (number: string, threadId: string, messageId: string): MailSighting => ({
  key: `gmail:${messageId}`,
  webmail: 'gmail',
  threadId,
  threadUrl: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  threadSubject: `Relance facture ${number}`,
  numbers: [number],
  message: {
    id: messageId,
    threadId,
    subject: `Relance facture ${number}`,
    from: { email: 'me@example.fr' },
    to: [],
    date: '2026-10-20T09:00:00+02:00',
    text: `Facture ${number}`,
    attachments: [],
  },
  firstSeenAt: '2026-10-20T07:00:00.000Z',
});

describe('schema migrations', () => {
  it('upgrades a v4 database: every client language gets its source, a never-chosen one follows the recorded replies', async () => {
    const db = await upgraded('relance-v4', seedV4, v4);
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

  it('upgrades a v5 database: every record kept as it was, the count of changes starting from none, then counting each write', async () => {
    const name = `relance-v5-${Math.random()}`;
    await seedV5(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (const client of v5.clients) expect(await db.get('clients', client.id)).toEqual(client);
    for (const invoice of v5.invoices) expect(await db.get('invoices', invoice.id)).toEqual(invoice);
    for (const event of v5.events) expect(await db.get('events', event.id)).toEqual(event);
    db.close();
    const store = new RelanceStore((onClose) => openRelanceDb(name, undefined, onClose));
    expect(await store.changeCount()).toBe(0);
    const heard: number[] = [];
    store.onChange((_change, count) => heard.push(count));
    await store.saveSettings(await store.getSettings());
    await store.putClient({ ...(v5.clients[0] as StoredClient), name: 'Atelier Dupont & fils' });
    expect(heard).toEqual([1, 2]);
    expect(await store.changeCount()).toBe(2);
  });

  it('upgrades a v3 database with data: chain heads kept, the mail index added empty and answering', async () => {
    const name = `relance-v3-${Math.random()}`;
    await seedV3(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (const invoice of v3.invoices) expect(await db.get('invoices', invoice.id)).toEqual(invoice);
    for (const event of v3.events) expect(await db.get('events', event.id)).toEqual(event);
    // The v5 step may take a never-chosen language from the client's recorded replies; nothing else changes.
    for (const client of v3.clients) expect(await db.get('clients', client.id)).toMatchObject({ ...client, language: expect.any(String) });
    expect(await db.count('sightings')).toBe(0);
    db.close();
    const store = new RelanceStore((onClose) => openRelanceDb(name, undefined, onClose));
    await store.rememberSightings([sighting('F-2026-031', 't31', 'm31')]);
    expect((await store.sightingsByNumber('F-2026-031')).map((s) => s.key)).toEqual(['gmail:m31']);
    expect((await store.invoicesByNumber('F-2026-031')).map((i) => i.id)).toEqual(['i31']);
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
    const db = await upgraded('relance-v1', seedV1, v1);
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
    expect([...db.objectStoreNames].sort()).toEqual(['clients', 'events', 'invoices', 'log', 'meta', 'settings', 'sightings', 'templates', 'vault']);
    db.close();
  });
});
