/** E-invoicing platform statuses (LEGAL.md fact 41): mapping from Pennylane and Qonto, timeline events, the ladder, the dossier. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { platformStatusEvents } from '../../../utils/background/platform-status-events';
import { syncConnector } from '../../../utils/background/sync-connector';
import type { HandlerContext } from '../../../utils/background/router';
import { createApiClient } from '../../../utils/connectors/api-client';
import { mapPennylaneInvoice } from '../../../utils/connectors/pennylane';
import { mapQontoInvoice, qontoConnector } from '../../../utils/connectors/qonto';
import { chainEvent, type EventDraft } from '../../../utils/evidence/chain-event';
import { renderEvidenceDocx } from '../../../utils/export/evidence-docx';
import { computeLadder } from '../../../utils/legal/ladder';
import type { TimelineEvent } from '../../../utils/model/event';
import type { PlatformStatus } from '../../../utils/model/platform-status';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { readDocx } from '../export/docx-reader';
import { CLIENT, INVOICES, SETTINGS } from '../export/sample-case';
import { fakeFetch, json } from './fake-fetch';
import { UTC_DAYS } from './fixture';

const pennylane = (status: string, reason?: string) => ({
  id: 7,
  invoice_number: 'F-2026-0088',
  status: 'upcoming',
  paid: false,
  draft: false,
  credit_note: false,
  currency: 'EUR',
  currency_amount: '1800.00',
  remaining_amount_with_tax: '1800.00',
  date: '2026-09-01',
  deadline: '2026-10-01',
  e_invoicing: { status, reason: reason ?? null, updated_at: '2026-10-12T09:00:00Z' },
});

const qonto = (events: Array<{ status_code: number | string; created_at?: string; reason?: string; amount?: { value: string; currency: string } }>) => ({
  id: 'q-1',
  number: 'INV-2026-040',
  status: 'unpaid',
  currency: 'EUR',
  total_amount_cents: 120_000,
  issue_date: '2026-09-01',
  due_date: '2026-10-01',
  contact_email: 'compta@client.fr',
  client: { type: 'company', name: 'Client SA' },
  einvoicing_status: 'approved',
  einvoicing_lifecycle_events: events,
});

describe('platform statuses from the services', () => {
  it('maps every Pennylane status word to its CDAR code, and keeps an unknown one as it is', () => {
    const codes = Object.fromEntries(
      [
        'submitted',
        'sent',
        'accepted',
        'approved',
        'in_dispute',
        'suspended',
        'refused',
        'collected',
        'partially_collected',
        'rejected',
        'paused_by_buyer',
      ].map((w) => [w, mapPennylaneInvoice(pennylane(w), undefined)!.platformStatuses![0].code]),
    );
    expect(codes).toEqual({
      submitted: '200',
      sent: '201',
      accepted: '204',
      approved: '205',
      in_dispute: '207',
      suspended: '208',
      refused: '210',
      collected: '212',
      partially_collected: '212',
      rejected: '213',
      paused_by_buyer: 'paused_by_buyer',
    });
    expect(mapPennylaneInvoice(pennylane('refused', 'Commande non reçue'), undefined)!.platformStatuses).toEqual([
      { platform: 'pennylane', code: '210', raw: 'refused', on: '2026-10-12', reason: 'Commande non reçue' },
    ]);
    expect(mapPennylaneInvoice({ ...pennylane('approved'), e_invoicing: null }, undefined)!.platformStatuses).toBeUndefined();
  });

  it('reads Qonto’s lifecycle events in date order with their codes, reasons and collected amounts', () => {
    const invoice = mapQontoInvoice(
      qonto([
        { status_code: 212, created_at: '2026-11-02T10:00:00+01:00', amount: { value: '500.00', currency: 'EUR' } },
        { status_code: 205, created_at: '2026-10-05T10:00:00+02:00' },
        { status_code: '207', created_at: '2026-10-20T10:00:00+02:00', reason: 'Quantité livrée inférieure' },
        { status_code: 299, created_at: '2026-10-21T10:00:00+02:00' },
      ]),
    )!;
    expect(invoice.platformStatuses).toEqual([
      { platform: 'qonto', code: '205', raw: '205', on: '2026-10-05' },
      { platform: 'qonto', code: '207', raw: '207', on: '2026-10-20', reason: 'Quantité livrée inférieure' },
      { platform: 'qonto', code: '299', raw: '299', on: '2026-10-21' },
      { platform: 'qonto', code: '212', raw: '212', on: '2026-11-02', amount: { minor: 50_000, currency: 'EUR' } },
    ]);
    // Without events, the current status alone.
    expect(mapQontoInvoice(qonto([]))!.platformStatuses).toEqual([{ platform: 'qonto', code: '205', raw: 'approved' }]);
  });
});

async function chain(drafts: Array<Omit<EventDraft, 'invoiceId' | 'id' | 'recordedAt'>>): Promise<TimelineEvent[]> {
  const out: TimelineEvent[] = [];
  for (const [i, d] of drafts.entries())
    out.push(await chainEvent(out.at(-1), { ...d, invoiceId: 'i-14', id: `p${i}`, recordedAt: `${d.occurredOn}T12:00:00.000Z` } as EventDraft));
  return out;
}

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const status = (over: Partial<PlatformStatus>): PlatformStatus => ({ platform: 'qonto', code: '205', raw: '205', on: '2026-10-05', ...over });

describe('platform statuses on the timeline and the ladder', () => {
  const invoice = { ...INVOICES[0], status: 'open' as const };

  it('adds each new status once, and a 212 without a payment already seen pays the invoice (its amount, else in full)', () => {
    const first = platformStatusEvents(
      invoice,
      [],
      [status({}), status({ code: '212', raw: '212', on: '2026-11-02', amount: { minor: 40_000, currency: 'EUR' } })],
      '2026-11-23',
      false,
    );
    expect(first.events.map((e) => e.kind)).toEqual(['platform-status', 'platform-status', 'payment']);
    expect(first.events[2].data).toMatchObject({ amount: { minor: 40_000 }, receivedOn: '2026-11-02', full: false });
    expect(first.amountDue).toEqual({ ...invoice.amountDue, minor: invoice.amountDue.minor - 40_000 });
    // Already on the timeline: nothing again.
    const timeline = first.events.map((e, i) => ({
      ...e,
      id: `x${i}`,
      invoiceId: invoice.id,
      seq: i,
      recordedAt: '',
      prevHash: '',
      hash: '',
    })) as TimelineEvent[];
    expect(platformStatusEvents(invoice, timeline, [status({})], '2026-11-23', false).events).toEqual([]);
    // A full collection without amount; and none when the service's remaining amount already brought the payment in.
    const full = platformStatusEvents(invoice, [], [status({ code: '212', raw: 'collected', on: '2026-11-02' })], '2026-11-23', false);
    expect(full.events.map((e) => e.kind)).toEqual(['platform-status', 'payment', 'status-change']);
    expect(full.status).toBe('paid');
    expect(platformStatusEvents(invoice, [], [status({ code: '212', raw: '212' })], '2026-11-23', true).events.map((e) => e.kind)).toEqual(['platform-status']);
  });

  it('a refusal (210) stops the ladder with the platform’s reason; a suspension (208) asks for the document', async () => {
    const base = [{ kind: 'invoice-tracked', occurredOn: '2026-09-20', data: { source: 'connector' } }] as const;
    const refused = await chain([
      ...base,
      {
        kind: 'platform-status',
        occurredOn: '2026-10-12',
        data: status({ platform: 'pennylane', code: '210', raw: 'refused', on: '2026-10-12', reason: 'Commande non reçue' }),
      },
    ]);
    const ladder = computeLadder({ invoice, client: CLIENT, events: refused, today: '2026-11-23', settings: SETTINGS });
    expect(ladder.status).toBe('stopped');
    expect(ladder.hold).toBe('dispute');
    expect(ladder.reason.fr).toBe(
      'La plateforme Pennylane indique la facture « refusée » (210) le 12 octobre 2026, motif : Commande non reçue : relances arrêtées. Répondez à l’acheteur sur le motif, sans renoncer à votre créance.',
    );
    const suspended = await chain([
      ...base,
      { kind: 'platform-status', occurredOn: '2026-10-12', data: status({ code: '208', raw: '208', on: '2026-10-12', reason: 'Bon de commande manquant' }) },
    ]);
    const waiting = computeLadder({ invoice, client: CLIENT, events: suspended, today: '2026-11-23', settings: SETTINGS });
    expect(waiting.hold).toBe('info-request');
    expect(waiting.reason.en).toContain(
      'The Qonto platform reports the invoice "suspended" (208) on 12 October 2026, reason: Bon de commande manquant: send the buyer the missing document.',
    );
    // An approval changes nothing in the schedule: the ladder runs.
    const approved = await chain([...base, { kind: 'platform-status', occurredOn: '2026-10-05', data: status({}) }]);
    expect(computeLadder({ invoice, client: CLIENT, events: approved, today: '2026-11-23', settings: SETTINGS }).hold).toBeUndefined();
  });

  it('an approval (205) is an exhibit of the evidence dossier: the buyer accepted the invoice', async () => {
    const events = await chain([
      { kind: 'invoice-tracked', occurredOn: '2026-01-20', data: { source: 'connector' } },
      { kind: 'platform-status', occurredOn: '2026-02-02', data: status({ on: '2026-02-02' }) },
    ]);
    const text = flat(
      (await readDocx(await renderEvidenceDocx({ creditor: SETTINGS.creditor, client: CLIENT, invoices: [INVOICES[0]], events, asOf: '2026-04-10' }))).text,
    );
    expect(text).toContain(
      `Statut « Approuvée » (205) de la facture ${INVOICES[0].number}, transmis par la plateforme agréée Qonto : acceptation par l'acheteur`,
    );
    expect(text).toContain('Qonto : Approuvée (205)');
  });
});

describe('sync with a platform that reports statuses', () => {
  it('records the statuses of an imported Qonto invoice once, and a refusal puts it on a dispute hold', async () => {
    const store = new RelanceStore((onClose) => openRelanceDb(`relance-platform-${Math.random()}`, undefined, onClose));
    const ctx: HandlerContext = { store, today: () => '2026-11-23' };
    const page = {
      client_invoices: [
        qonto([
          { status_code: 205, created_at: '2026-10-05T10:00:00+02:00' },
          { status_code: 210, created_at: '2026-10-20T10:00:00+02:00', reason: 'Prestation non conforme' },
        ]),
      ],
      meta: { next_page: null },
    };
    const account = fakeFetch([[/client_invoices/, () => json(page)]]);
    const api = createApiClient({ fetch: account.fetch, sleep: async () => undefined });
    await syncConnector(ctx, qontoConnector, { secret: 'org:secret' }, api, UTC_DAYS);
    await syncConnector(ctx, qontoConnector, { secret: 'org:secret' }, api, UTC_DAYS);
    const [tracked] = await store.allInvoices();
    const timeline = await store.timeline(tracked.id);
    expect(timeline.filter((e) => e.kind === 'platform-status').map((e) => e.data.code)).toEqual(['205', '210']);
    expect(tracked.status).toBe('disputed');
  });
});
