/**
 * Issue 17: an open thread remembers its mails again on every change of the page. What the store last wrote settles
 * the mails that bring nothing new without reading the database; anything new still reaches it, and "delete
 * everything" leaves nothing believed stored.
 */
import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import type { MailSighting } from '../../../utils/model/mail-sighting';
import { changesSighting, mergeSighting } from '../../../utils/store/merge-sighting';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import type { RelanceDb } from '../../../utils/store/schema';

const sighting = (messageId: string, text = `Facture F-1 ${messageId}`, numbers = ['F-1']): MailSighting => ({
  key: `gmail:${messageId}`,
  webmail: 'gmail',
  threadId: 't1',
  threadUrl: 'https://mail.google.com/mail/u/0/#inbox/t1',
  threadSubject: 'Facture F-1',
  numbers,
  message: {
    id: messageId,
    threadId: 't1',
    subject: 'Facture F-1',
    from: { email: 'me@example.fr' },
    to: [],
    date: '2026-10-20T09:00:00+02:00',
    text,
    attachments: [],
  },
  firstSeenAt: '2026-10-20T07:00:00.000Z',
});

/**
 * A store whose database counts the transactions opened on the mail index alone (rememberSightings'), and can be
 * closed as the browser closes it.
 */
function countingStore(name: string): { store: RelanceStore; sightingTransactions: () => number; closeByBrowser: () => void } {
  let count = 0;
  let closed = () => {};
  const store = new RelanceStore(async (onClose) => {
    closed = onClose;
    const db = await openRelanceDb(name, undefined, onClose);
    const transaction = db.transaction.bind(db) as IDBPDatabase<RelanceDb>['transaction'];
    db.transaction = ((stores: never, ...rest: never[]) => {
      if ([stores].flat().join() === 'sightings,meta') count++;
      return (transaction as (...args: unknown[]) => unknown)(stores, ...rest);
    }) as never;
    return db;
  });
  return { store, sightingTransactions: () => count, closeByBrowser: () => closed() };
}

describe('mails remembered again', () => {
  it('asks the database only for what is new, and keeps each mail as first stored', async () => {
    const { store, sightingTransactions } = countingStore('sightings-memo-1');
    const thread = ['m1', 'm2', 'm3'].map((id) => sighting(id));
    await store.rememberSightings(thread);
    expect(sightingTransactions()).toBe(1);

    // The same mails read again a day later: nothing new, no database, the first reading's moment kept.
    const again = await store.rememberSightings(thread.map((s) => ({ ...s, firstSeenAt: '2026-10-21T07:00:00.000Z' })));
    expect(sightingTransactions()).toBe(1);
    expect(again.map((s) => s.firstSeenAt)).toEqual(thread.map(() => '2026-10-20T07:00:00.000Z'));

    // A new reply, and a mail now naming a second number: both reach the database, the rest stays as it was.
    const changed = [...thread.slice(0, 2), sighting('m3', undefined, ['F-1', 'F-2']), sighting('m4')];
    const merged = await store.rememberSightings(changed);
    expect(sightingTransactions()).toBe(2);
    expect(merged.map((s) => s.numbers)).toEqual([['F-1'], ['F-1'], ['F-1', 'F-2'], ['F-1']]);
    expect((await store.sightingsByNumber('F-2')).map((s) => s.key)).toEqual(['gmail:m3']);
    expect((await store.sightingsByThread('t1')).map((s) => s.key).sort()).toEqual(['gmail:m1', 'gmail:m2', 'gmail:m3', 'gmail:m4']);
    // The thread's address and subject come from one of its mails: the first of them all.
    expect(await store.threadSighting('t1')).toEqual((await store.sightingsByThread('t1'))[0]);
    expect(await store.threadSighting('t-unknown')).toBeUndefined();
  });

  it('asks the database again once the browser closed it (site data cleared, a newer worker)', async () => {
    const { store, sightingTransactions, closeByBrowser } = countingStore('sightings-memo-3');
    await store.rememberSightings([sighting('m1')]);
    closeByBrowser();
    await store.rememberSightings([sighting('m1')]);
    expect(sightingTransactions()).toBe(2);
  });

  it('writes every mail again after "delete everything"', async () => {
    const { store, sightingTransactions } = countingStore('sightings-memo-2');
    await store.rememberSightings([sighting('m1')]);
    await store.eraseAll();
    await store.rememberSightings([sighting('m1')]);
    expect(sightingTransactions()).toBe(2);
    expect((await store.sightingsByNumber('F-1')).map((s) => s.key)).toEqual(['gmail:m1']);
  });
});

describe('changesSighting', () => {
  const known = sighting('m1', 'Facture F-1: 1 200,00 € à régler avant le 15/11/2026.');
  it('is false exactly when the merge is what is stored', () => {
    const cases: MailSighting[] = [
      known,
      { ...known, firstSeenAt: '2027-01-01T00:00:00.000Z' },
      { ...known, message: { ...known.message, text: 'Facture F-1…' } },
      { ...known, account: undefined },
      { ...known, numbers: [] },
      { ...known, numbers: ['F-2'] },
      { ...known, message: { ...known.message, text: `${known.message.text} Merci.` } },
      { ...known, threadSubject: 'RE: Facture F-1' },
      { ...known, account: 'me@example.fr' },
      { ...known, notice: { service: 'stripe', kind: 'payment-received', number: 'F-1' } },
    ];
    for (const s of cases) expect(changesSighting(known, s)).toBe(JSON.stringify(mergeSighting(known, s)) !== JSON.stringify(known));
    expect(cases.map((s) => changesSighting(known, s))).toEqual([false, false, false, false, false, true, true, true, true, true]);
  });

  it('keeps the longer body and takes a readable date from whichever reading had one', () => {
    const full = sighting('m1', 'Bonjour, je vous règle la facture F-1 le 30/10/2026. Cordialement, Sophie');
    const undated = { ...full, message: { ...full.message, date: '' } };
    const snippet = { ...full, message: { ...full.message, text: 'Bonjour, je vous règle…' } };
    const merged = mergeSighting(undated, snippet);
    expect(merged.message).toMatchObject({ text: full.message.text, date: full.message.date });
    expect(changesSighting(undated, snippet)).toBe(true);
    // A dated reading is never replaced by an undated one.
    expect(mergeSighting(full, undated).message.date).toBe(full.message.date);
    expect(changesSighting(full, undated)).toBe(false);
  });
});
