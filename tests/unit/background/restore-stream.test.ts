import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { restoreFromChunks } from '../../../utils/background/handlers/backup';
import { CancelledError } from '../../../utils/background/progress-hub';
import { chainEvent } from '../../../utils/evidence/chain-event';
import { serializeBackup, type BackupChunk, type BackupStores } from '../../../utils/export/backup';
import type { TimelineEvent } from '../../../utils/model/event';
import type { Invoice } from '../../../utils/model/invoice';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { CLIENT, INVOICES, SETTINGS, sampleStores } from '../export/sample-case';

const store = () => new RelanceStore((onClose) => openRelanceDb(`relance-stream-${Math.random()}`, undefined, onClose));

/** The text in pieces of `size` characters, as a stream from a file would give them (a piece often ends mid-record). */
async function* pieces(text: string, size: number): AsyncGenerator<BackupChunk> {
  for (let at = 0; at < text.length; at += size) {
    await Promise.resolve();
    yield { text: text.slice(at, at + size), done: Math.min(at + size, text.length), total: text.length };
  }
}

/** A store already holding the sample case, to show that a refused restore leaves it as it was. */
async function seeded() {
  const target = store();
  const sample = await sampleStores();
  await target.replaceAll({ ...sample, clients: sample.clients.map((c) => ({ ...c, emailKeys: [] })), settings: [sample.settings] });
  return { target, before: await target.dump() };
}

async function largeStores(invoiceCount: number, eventsEach: number): Promise<BackupStores> {
  const invoices: Invoice[] = [];
  const events: TimelineEvent[] = [];
  for (let i = 0; i < invoiceCount; i++) {
    let tail: TimelineEvent | undefined;
    for (let n = 0; n < eventsEach; n++) {
      tail = await chainEvent(tail, {
        id: `i${i}-e${n}`,
        invoiceId: `i${i}`,
        recordedAt: '2026-03-01T10:00:00.000Z',
        occurredOn: '2026-03-01',
        kind: 'call',
        data: { with: 'Comptabilité', summary: `Relancé par téléphone (${n}), paiement annoncé « bientôt ».` },
      });
      events.push(tail);
    }
    invoices.push({ ...INVOICES[0], id: `i${i}`, number: `F-${i}`, chainHead: tail!.hash, eventCount: eventsEach });
  }
  // A backup lists events by id, not in chain order: shuffle them the same way.
  events.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { clients: [CLIENT], invoices, events, settings: SETTINGS, templates: [] };
}

describe('a restore streamed in pieces', () => {
  it('restores a large backup given in small pieces, with the right counts', async () => {
    const stores = await largeStores(150, 20);
    const target = store();
    const { counts } = await restoreFromChunks(pieces(serializeBackup(stores), 997), 'en', () => undefined, { store: target });
    expect(counts).toEqual({ clients: 1, invoices: 150, events: 3000, templates: 0 });
    const dump = await target.dump();
    expect(dump.invoices).toHaveLength(150);
    expect(dump.events).toHaveLength(3000);
    expect(await target.timeline('i42')).toEqual(stores.events.filter((e) => e.invoiceId === 'i42').sort((a, b) => a.seq - b.seq));
  });

  it('a corrupt record midway: refused, nothing written', async () => {
    const { target, before } = await seeded();
    const file = JSON.parse(serializeBackup(await largeStores(20, 10)));
    file.stores.events[100].occurredOn = '2026-02-30';
    await expect(restoreFromChunks(pieces(JSON.stringify(file), 512), 'en', () => undefined, { store: target })).rejects.toThrow(
      /invalid data at stores\.events\[100\]\.occurredOn/,
    );
    expect(await target.dump()).toEqual(before);
  });

  it('a broken chain: refused, nothing written', async () => {
    const { target, before } = await seeded();
    const stores = await largeStores(20, 10);
    const victim = stores.events.findIndex((e) => e.invoiceId === 'i7' && e.seq === 3);
    stores.events.splice(victim, 1);
    await expect(restoreFromChunks(pieces(serializeBackup(stores), 512), 'en', () => undefined, { store: target })).rejects.toThrow(
      'invoice F-7 no longer verifies at event no. 3',
    );
    expect(await target.dump()).toEqual(before);
  });

  it('cancelled during the write: nothing written', async () => {
    const { target, before } = await seeded();
    const progress = (step: string, done: number) => {
      if (step === 'writing' && done === 500) throw new CancelledError('restore cancelled');
    };
    await expect(restoreFromChunks(pieces(serializeBackup(await largeStores(60, 10)), 4096), 'en', progress, { store: target })).rejects.toThrow(
      CancelledError,
    );
    expect(await target.dump()).toEqual(before);
  });
});
