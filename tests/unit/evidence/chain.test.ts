import { describe, expect, it } from 'vitest';
import { chainEvent, type EventDraft } from '../../../utils/evidence/chain-event';
import { sha256Hex } from '../../../utils/evidence/sha256';
import { verifyChain, verifyChainsByInvoice } from '../../../utils/evidence/verify-chain';
import { knownDigests, type KnownDigests } from '../../../utils/evidence/known-digests';
import { canonicalJson } from '../../../utils/evidence/canonical-json';
import type { TimelineEvent } from '../../../utils/model/event';

const drafts: EventDraft[] = [
  { id: 'e0', invoiceId: 'inv-1', kind: 'invoice-tracked', data: { source: 'mail' }, recordedAt: '2026-03-01T09:00:00.000Z', occurredOn: '2026-03-01' },
  {
    id: 'e1',
    invoiceId: 'inv-1',
    kind: 'reminder-sent',
    recordedAt: '2026-04-02T09:00:00.000Z',
    occurredOn: '2026-04-02',
    data: { stage: 'reminder1', to: [{ email: 'compta@dupont.fr' }], subject: 'Facture F-2026-014', body: 'Bonjour,\nsauf erreur…', bodySha256: 'abc' },
  },
  {
    id: 'e2',
    invoiceId: 'inv-1',
    kind: 'call',
    data: { with: 'M. Dupont', summary: 'Promet de payer vendredi' },
    recordedAt: '2026-04-05T10:00:00.000Z',
    occurredOn: '2026-04-04',
  },
  {
    id: 'e3',
    invoiceId: 'inv-1',
    kind: 'correction',
    data: { reason: "L'appel date du 3" },
    recordedAt: '2026-04-05T10:05:00.000Z',
    occurredOn: '2026-04-05',
    corrects: 'e2',
  },
];

async function build(list = drafts): Promise<TimelineEvent[]> {
  const out: TimelineEvent[] = [];
  for (const draft of list) out.push(await chainEvent(out[out.length - 1], draft));
  return out;
}

describe('sha256Hex', () => {
  it('matches the published test vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('hashes strings as UTF-8', async () => {
    expect(await sha256Hex('é')).toBe(await sha256Hex(new Uint8Array([0xc3, 0xa9])));
  });
});

describe('chainEvent', () => {
  it('numbers, links and hashes events over the canonical form of every other field', async () => {
    const events = await build();
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(events[0].prevHash).toBe('');
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[3].corrects).toBe('e2');
    expect('corrects' in events[0]).toBe(false);
    const { hash, ...rest } = events[2];
    expect(hash).toBe(await sha256Hex(canonicalJson(rest)));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic', async () => {
    expect((await build()).map((e) => e.hash)).toEqual((await build()).map((e) => e.hash));
  });

  it('refuses to chain an event after another invoice', async () => {
    const [first] = await build();
    await expect(chainEvent(first, { ...drafts[1], invoiceId: 'inv-2' })).rejects.toThrow(/inv-2/);
  });
});

describe('verifyChain', () => {
  it('accepts an untouched chain, and an empty one', async () => {
    expect(await verifyChain(await build())).toEqual({ intact: true, count: 4 });
    expect(await verifyChain([])).toEqual({ intact: true, count: 0 });
  });

  it('finds an edited payload', async () => {
    const events = await build();
    Object.assign(events[1].data, { body: 'Bonjour, texte adouci après coup' });
    expect(await verifyChain(events)).toEqual({ intact: false, brokenAt: 1, eventId: 'e1', reason: 'hash' });
  });

  it('finds a back-dated event', async () => {
    const events = await build();
    events[2] = { ...events[2], occurredOn: '2026-03-20' };
    expect(await verifyChain(events)).toMatchObject({ intact: false, brokenAt: 2, reason: 'hash' });
  });

  it('finds an edit whose hash was recomputed, at the next link', async () => {
    const events = await build();
    const { hash: _old, ...rest } = events[1];
    const forged = { ...rest, data: { ...rest.data, subject: 'Autre objet' } } as TimelineEvent;
    forged.hash = await sha256Hex(canonicalJson({ ...forged, hash: undefined }));
    events[1] = forged;
    expect(await verifyChain(events)).toEqual({ intact: false, brokenAt: 2, eventId: 'e2', reason: 'link' });
  });

  it('finds a deleted event', async () => {
    const events = await build();
    events.splice(1, 1);
    expect(await verifyChain(events)).toEqual({ intact: false, brokenAt: 1, eventId: 'e2', reason: 'seq' });
  });

  it('finds swapped events', async () => {
    const events = await build();
    [events[1], events[2]] = [events[2], events[1]];
    expect(await verifyChain(events)).toMatchObject({ intact: false, brokenAt: 1, eventId: 'e2', reason: 'seq' });
  });

  it("without a seal, a chain cut at the end still links up; with the invoice's seal the cut is found", async () => {
    const events = await build();
    expect(await verifyChain(events.slice(0, 3))).toEqual({ intact: true, count: 3 });
    const seal = { head: events[3].hash, count: 4 };
    expect(await verifyChain(events, seal)).toEqual({ intact: true, count: 4 });
    expect(await verifyChain(events.slice(0, 3), seal)).toEqual({ intact: false, brokenAt: 3, eventId: 'e2', reason: 'truncated' });
    expect(await verifyChain([], seal)).toMatchObject({ intact: false, brokenAt: 0, reason: 'truncated' });
  });

  it('finds an event of another invoice spliced in', async () => {
    const events = await build();
    const foreign = await chainEvent(events[2], { ...drafts[3], id: 'x' });
    const other = { ...foreign, invoiceId: 'inv-2' } as TimelineEvent;
    const { hash: _h, ...rest } = other;
    other.hash = await sha256Hex(canonicalJson(rest));
    events[3] = other;
    expect(await verifyChain(events)).toMatchObject({ intact: false, brokenAt: 3, reason: 'link' });
  });
});

describe('verifyChainsByInvoice', () => {
  it('verifies each invoice separately, whatever the input order', async () => {
    const one = await build();
    const two = await build(drafts.map((d) => ({ ...d, invoiceId: 'inv-2', id: `b${d.id}` })));
    Object.assign(two[3].data, { reason: 'changed' });
    const results = await verifyChainsByInvoice([two[3], one[2], two[0], one[0], two[2], one[3], two[1], one[1]]);
    expect(results.get('inv-1')).toEqual({ intact: true, count: 4 });
    expect(results.get('inv-2')).toEqual({ intact: false, brokenAt: 3, eventId: 'be3', reason: 'hash' });
  });

  it('reports a sealed invoice whose events are all gone', async () => {
    const one = await build();
    const results = await verifyChainsByInvoice(
      one,
      new Map([
        ['inv-1', { head: one[3].hash, count: 4 }],
        ['inv-9', { head: one[0].hash, count: 1 }],
      ]),
    );
    expect(results.get('inv-1')).toEqual({ intact: true, count: 4 });
    expect(results.get('inv-9')).toEqual({ intact: false, brokenAt: 0, eventId: '', reason: 'truncated' });
  });
});

describe('verifying again with the digests already computed', () => {
  it('digests only new or edited events, and finds an edit as a fresh verification does', async () => {
    const chain = await build();
    let computed = 0;
    const memo = knownDigests(100);
    const known: KnownDigests = {
      get: (input) => memo.get(input),
      set(input, digest) {
        computed++;
        memo.set(input, digest);
      },
    };
    expect(await verifyChain(chain.slice(0, 3), undefined, known)).toEqual({ intact: true, count: 3 });
    expect(computed).toBe(3);
    // Read again from the store (new objects), with one more event: one digest.
    const again = structuredClone(chain);
    expect(await verifyChain(again, undefined, known)).toEqual({ intact: true, count: 4 });
    expect(computed).toBe(4);
    // An event edited outside Relance is digested again and breaks the chain where it would without the known digests.
    const edited = structuredClone(chain);
    (edited[1].data as { body: string }).body = 'Bonjour, tout est réglé.';
    expect(await verifyChain(edited, undefined, known)).toEqual(await verifyChain(edited));
    expect(await verifyChain(edited, undefined, known)).toMatchObject({ intact: false, brokenAt: 1, reason: 'hash' });
  });

  it('keeps the last digests only', () => {
    const memo = knownDigests(2);
    memo.set('a', '1');
    memo.set('b', '2');
    memo.get('a');
    memo.set('c', '3');
    // Reading does not count as use: the oldest written goes first.
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, '2', '3']);
  });
});
