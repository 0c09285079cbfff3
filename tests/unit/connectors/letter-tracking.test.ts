import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvent } from '../../../utils/background/handlers/event';
import { get, track } from '../../../utils/background/handlers/invoice';
import { refreshLetterTracking } from '../../../utils/background/letter-tracking';
import type { HandlerContext } from '../../../utils/background/router';
import { createApiClient } from '../../../utils/connectors/api-client';
import { fetchLetterStatuses, mapLaPosteShipment } from '../../../utils/connectors/laposte-tracking';
import { createTrackingKeyVault } from '../../../utils/connectors/tracking-key-vault';
import type { TrackingDeps } from '../../../utils/connectors/remote-deps';
import { lettersToFollow, trackingEvents } from '../../../utils/legal/letter-tracking-events';
import type { TimelineEvent } from '../../../utils/model/event';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { fakeFetch, json } from './fake-fetch';
import { fixture, UTC_DAYS } from './fixture';

const KEY = 'okapi-test-key-1234';
const PARIS_DAYS = { dayOf: (s: number) => new Date(s * 1000 + 2 * 3600_000).toISOString().slice(0, 10) };

describe('La Poste Suivi v2 mapping', () => {
  it('keeps deposit, notice left and delivery, oldest first, on the user’s day; transit codes are left out', () => {
    const statuses = mapLaPosteShipment(fixture('laposte-suivi-delivered.json'), '1A23456789012', PARIS_DAYS);
    expect(statuses.map((s) => [s.status, s.on, s.code])).toEqual([
      ['deposited', '2026-04-01', 'PC1'],
      ['notice-left', '2026-04-03', 'AG1'],
      ['delivered', '2026-04-06', 'DI1'],
    ]);
  });

  it('sends the key as X-Okapi-Key to the real host with the compact number; an unknown number is no news', async () => {
    const { fetch, calls } = fakeFetch([
      [/idships\/1A23456789012/, () => json(fixture('laposte-suivi-delivered.json'))],
      [/idships\/9Z/, () => json({ returnCode: 404, returnMessage: 'Numéro inconnu' }, { status: 404 })],
    ]);
    const api = createApiClient({ fetch, sleep: async () => undefined });
    expect(await fetchLetterStatuses(api, KEY, '1A 234 567 8901 2', UTC_DAYS)).toHaveLength(3);
    expect(calls[0].url).toBe('https://api.laposte.fr/suivi/v2/idships/1A23456789012?lang=fr_FR');
    expect(calls[0].headers['X-Okapi-Key']).toBe(KEY);
    expect(await fetchLetterStatuses(api, KEY, '9Z00000000000', UTC_DAYS)).toEqual([]);
  });
});

const event = <K extends TimelineEvent['kind']>(seq: number, kind: K, occurredOn: string, data: TimelineEvent<K>['data']) =>
  ({ id: `e${seq}`, invoiceId: 'i', seq, kind, occurredOn, data, recordedAt: '', prevHash: '', hash: '' }) as TimelineEvent;

describe('which letters to follow and what to record', () => {
  const sent = event(0, 'letter-sent', '2026-04-01', { trackingNumber: '1A 234 567 8901 2', sentOn: '2026-04-01', kind: 'formal-notice' });
  it('follows a letter until its acknowledgement or its return', () => {
    expect(lettersToFollow([sent])).toEqual(['1A 234 567 8901 2']);
    expect(lettersToFollow([sent, event(1, 'acknowledgement-received', '2026-04-06', { receivedOn: '2026-04-06', trackingNumber: '1A23456789012' })])).toEqual(
      [],
    );
    expect(
      lettersToFollow([sent, event(1, 'letter-status', '2026-04-20', { trackingNumber: '1A23456789012', status: 'returned', on: '2026-04-20', code: 'RE1' })]),
    ).toEqual([]);
    expect(lettersToFollow([event(0, 'letter-sent', '2026-04-01', { sentOn: '2026-04-01', kind: 'formal-notice' })])).toEqual([]);
  });

  it('records each status once and the delivery as the acknowledgement', () => {
    const statuses = mapLaPosteShipment(fixture('laposte-suivi-delivered.json'), '1A23456789012', PARIS_DAYS);
    const first = trackingEvents([sent], statuses);
    expect(first.map((e) => [e.kind, e.occurredOn])).toEqual([
      ['letter-status', '2026-04-01'],
      ['letter-status', '2026-04-03'],
      ['acknowledgement-received', '2026-04-06'],
    ]);
    expect(first[2].data).toEqual({ receivedOn: '2026-04-06', trackingNumber: '1A23456789012', source: 'laposte' });
    const recorded = [sent, ...first.map((e, i) => ({ ...e, id: `e${i + 1}`, invoiceId: 'i', seq: i + 1, recordedAt: '', prevHash: '', hash: '' }))];
    expect(trackingEvents(recorded, statuses)).toEqual([]);
  });
});

describe('refreshLetterTracking', () => {
  it('records La Poste’s events on the timeline, and the delivery moves the mise en demeure’s deadline', async () => {
    const store = new RelanceStore((onClose) => openRelanceDb(`relance-tracking-${Math.random()}`, undefined, onClose));
    const ctx: HandlerContext = { store, today: () => '2026-04-07' };
    const snapshot = await track(
      {
        type: 'invoice:track',
        fields: {
          number: 'F-2026-014',
          amountDue: { minor: 650000, currency: 'EUR' },
          issueDate: '2026-01-10',
          dueDate: '2026-02-09',
          debtor: { name: 'Dupont SARL', email: 'jean@dupont.fr' },
          debtorKind: 'business',
        },
      },
      ctx,
    );
    const invoiceId = snapshot.invoice.id;
    await addEvent(
      {
        type: 'event:add',
        invoiceId,
        kind: 'letter-sent',
        occurredOn: '2026-04-01',
        data: { trackingNumber: '1A 234 567 8901 2', sentOn: '2026-04-01', kind: 'formal-notice' },
      },
      ctx,
    );
    const before = await get({ type: 'invoice:get', invoiceId }, ctx);

    const data: Record<string, unknown> = {};
    const { fetch, calls } = fakeFetch([[/api\.laposte\.fr\/suivi\/v2\/idships\/1A23456789012/, () => json(fixture('laposte-suivi-delivered.json'))]]);
    const deps: TrackingDeps = {
      fetch,
      hasOrigins: async () => true,
      sleep: async () => undefined,
      keys: createTrackingKeyVault({ get: async (k) => ({ [k]: data[k] }), set: async (items) => void Object.assign(data, structuredClone(items)) }),
    };
    expect(await refreshLetterTracking(ctx, deps)).toBeUndefined(); // no key: nothing asked
    expect(calls).toHaveLength(0);
    await deps.keys.put({ key: KEY, connectedAt: '2026-04-07T08:00:00Z' });
    const result = await refreshLetterTracking(ctx, deps);
    expect(result?.lastCheck).toMatchObject({ letters: 1, events: 3 });

    const after = await get({ type: 'invoice:get', invoiceId }, ctx);
    const added = after.timeline.filter((e) => e.kind === 'letter-status' || e.kind === 'acknowledgement-received');
    expect(added.map((e) => e.kind)).toEqual(['letter-status', 'letter-status', 'acknowledgement-received']);
    // 8 days from the sending (1 April) → court from 10 April; from the delivery (6 April) → from 15 April.
    expect(before.next).toMatchObject({ kind: 'go-to-court', date: '2026-04-10' });
    expect(after.next).toMatchObject({ kind: 'go-to-court', date: '2026-04-15' });
    // A second run asks nothing more: the letter is delivered.
    await refreshLetterTracking(ctx, deps);
    expect(calls).toHaveLength(1);
  });
});
