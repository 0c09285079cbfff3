import { describe, expect, it } from 'vitest';
import { timelineJson, type TimelineJson } from '../../../utils/export/timeline-json';
import { canonicalJson } from '../../../utils/evidence/canonical-json';
import { sha256Hex } from '../../../utils/evidence/sha256';
import { CLIENT, INVOICES, sampleEvents } from './sample-case';

describe('timelineJson', () => {
  it('exports every event as stored, grouped by invoice, each hash re-computable from the stated method', async () => {
    const events = await sampleEvents();
    const doc = JSON.parse(
      await timelineJson({ client: CLIENT, invoices: INVOICES, events: [...events].reverse(), exportedAt: '2026-04-05T10:00:00.000Z' }),
    ) as TimelineJson;
    expect(doc.format).toBe('relance-timeline');
    expect(doc.invoices.map((i) => [i.number, i.verification])).toEqual([
      ['F-2026-014', { intact: true, count: 9 }],
      ['F-2026-021', { intact: true, count: 1 }],
    ]);
    expect(doc.events.map((e) => `${e.invoiceId}:${e.seq}`).slice(0, 3)).toEqual(['i-14:0', 'i-14:1', 'i-14:2']);
    for (const event of doc.events) {
      const { hash, ...rest } = event;
      expect(await sha256Hex(canonicalJson(rest))).toBe(hash);
    }
  });

  it('reports a chain altered before export', async () => {
    const events = await sampleEvents();
    Object.assign(events[4].data, { amount: { minor: 150000, currency: 'EUR' } });
    const doc = JSON.parse(await timelineJson({ client: CLIENT, invoices: INVOICES, events, exportedAt: '2026-04-05T10:00:00.000Z' })) as TimelineJson;
    expect(doc.invoices[0].verification).toEqual({ intact: false, brokenAt: 4, eventId: 'e4', reason: 'hash' });
  });

  it('states the chain end the invoice record is sealed with, not the last event left, when events went missing from the store', async () => {
    const events = await sampleEvents();
    const own = events.filter((e) => e.invoiceId === 'i-14');
    const last = own[own.length - 1];
    const sealed = INVOICES.map((i) => (i.id === 'i-14' ? { ...i, chainHead: last.hash, eventCount: own.length } : i));
    const cut = events.filter((e) => e !== last);
    const doc = JSON.parse(await timelineJson({ client: CLIENT, invoices: sealed, events: cut, exportedAt: '2026-04-05T10:00:00.000Z' })) as TimelineJson;
    expect(doc.invoices[0]).toMatchObject({ chainHead: last.hash, eventCount: 9 });
    expect(doc.invoices[0].verification.intact).toBe(false);
    expect(doc.events.filter((e) => e.invoiceId === 'i-14')).toHaveLength(8);
  });
});
