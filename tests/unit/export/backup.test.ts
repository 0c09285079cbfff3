import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, serializeBackup } from '../../../utils/export/backup';
import { checkedStores } from './checked-stores';
import { sampleStores } from './sample-case';

const EXPORTED_AT = '2026-04-10T08:00:00.000Z';

async function backupObject(): Promise<Record<string, any>> {
  return JSON.parse(serializeBackup(await sampleStores(), EXPORTED_AT));
}

describe('backup round trip', () => {
  it('serialises every store and parses back to identical data with intact chains', async () => {
    const stores = await sampleStores();
    const text = serializeBackup(stores, EXPORTED_AT);
    const result = await parseBackup(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.exportedAt).toBe(EXPORTED_AT);
    expect(checkedStores(result.backup)).toEqual(stores);
    expect(result.report).toEqual({ counts: { clients: 1, invoices: 2, events: 10, templates: 1 } });
  });

  it('drops fields it does not know, such as the store index keys', async () => {
    const file = await backupObject();
    file.stores.clients[0].emailKeys = ['jean@dupont.fr'];
    file.stores.invoices[0].hacked = true;
    file.extra = 1;
    const result = await parseBackup(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    const stores = checkedStores(result.backup);
    expect('emailKeys' in stores.clients[0]).toBe(false);
    expect('hacked' in stores.invoices[0]).toBe(false);
  });
});

describe('parseBackup refuses before anything is written', () => {
  it('a file from a newer version, with a clear message in both languages', async () => {
    const file = await backupObject();
    file.version = BACKUP_VERSION + 1;
    const fr = await parseBackup(JSON.stringify(file));
    expect(fr).toMatchObject({ ok: false, code: 'newer-version' });
    expect(!fr.ok && fr.error).toContain('version plus récente de Relance (format 2)');
    const en = await parseBackup(JSON.stringify(file), 'en');
    expect(!en.ok && en.error).toBe(
      'This backup was made by a newer version of Relance (format 2); this version reads up to format 1. Update Relance, then restore. Nothing was changed.',
    );
  });

  it('something that is not JSON, or not a Relance backup', async () => {
    expect(await parseBackup('{"format": "relance-backup", ')).toMatchObject({ ok: false, code: 'not-json' });
    expect(await parseBackup('[]')).toMatchObject({ ok: false, code: 'not-a-backup' });
    expect(await parseBackup('null')).toMatchObject({ ok: false, code: 'not-a-backup' });
    expect(await parseBackup('{"format":"other","version":1}')).toMatchObject({ ok: false, code: 'not-a-backup' });
  });

  it('prototype-pollution keys', async () => {
    const text = serializeBackup(await sampleStores(), EXPORTED_AT).replace('"name":"Jean Dupont"', '"__proto__":{"isAdmin":true},"name":"Jean Dupont"');
    const result = await parseBackup(text, 'en');
    expect(result).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(!result.ok && result.error).toContain('"__proto__"');
    const nested = serializeBackup(await sampleStores(), EXPORTED_AT).replace('"creditor":{', '"creditor":{"constructor":{"prototype":{"x":1}},');
    expect(await parseBackup(nested)).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('keeps a key spelled with escapes out of the data without polluting anything', async () => {
    const text = serializeBackup(await sampleStores(), EXPORTED_AT).replace('"name":"Jean Dupont"', '"\\u005f_proto__":{"isAdmin":true},"name":"Jean Dupont"');
    const result = await parseBackup(text);
    if (!result.ok) throw new Error(result.error);
    expect(Object.getPrototypeOf(checkedStores(result.backup).clients[0])).toBe(Object.prototype);
    expect(Object.keys(checkedStores(result.backup).clients[0])).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('a missing required field, naming where', async () => {
    const file = await backupObject();
    delete file.stores.invoices[1].dueDate;
    const result = await parseBackup(JSON.stringify(file), 'en');
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(!result.ok && result.error).toContain('stores.invoices[1].dueDate');
  });

  it('wrong types and impossible values', async () => {
    for (const mutate of [
      (f: any) => (f.stores.invoices[0].amountDue.minor = 12.5),
      (f: any) => (f.stores.invoices[0].dueDate = '2026-02-30'),
      (f: any) => (f.stores.events[3].kind = 'teleport'),
      (f: any) => (f.stores.events[1].data.stage = 'nuclear'),
      (f: any) => (f.stores.events[0].hash = 'not-a-hash'),
      (f: any) => (f.stores.settings.formalNoticeDeadlineDays = 0),
      (f: any) => (f.stores.clients = {}),
      (f: any) => delete f.stores.templates,
    ]) {
      const file = await backupObject();
      mutate(file);
      expect(await parseBackup(JSON.stringify(file))).toMatchObject({ ok: false, code: 'invalid' });
    }
  });

  it('duplicate ids and records pointing at nothing', async () => {
    const dup = await backupObject();
    dup.stores.invoices[1].id = dup.stores.invoices[0].id;
    expect(await parseBackup(JSON.stringify(dup))).toMatchObject({ ok: false, code: 'inconsistent' });
    const orphan = await backupObject();
    orphan.stores.invoices[0].clientId = 'nobody';
    expect(await parseBackup(JSON.stringify(orphan))).toMatchObject({ ok: false, code: 'inconsistent' });
    const lost = await backupObject();
    lost.stores.invoices.splice(1, 1);
    const result = await parseBackup(JSON.stringify(lost), 'en');
    expect(!result.ok && result.error).toContain('event "e6" → invoice "i-21"');
  });
});

describe('parseBackup refuses altered timelines', () => {
  it('names the invoice, the event and the reason', async () => {
    const file = await backupObject();
    file.stores.events[4].data.amount.minor = 150000;
    const result = await parseBackup(JSON.stringify(file), 'en');
    if (result.ok) throw new Error('an edited event was accepted');
    expect(result.code).toBe('broken-chain');
    expect(result.brokenChains).toEqual([
      { invoiceId: 'i-14', invoiceNumber: 'F-2026-014', verification: { intact: false, brokenAt: 4, eventId: 'e4', reason: 'hash' } },
    ]);
    expect(result.error).toContain('invoice F-2026-014 no longer verifies at event no. 4 (an event was edited)');
  });
});
