/** Fuzz: hash-chain verification. An intact chain verifies; ANY single-field change is found, at the changed event. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../utils/evidence/canonical-json';
import { verifyChain, verifyChainsByInvoice } from '../../../utils/evidence/verify-chain';
import type { TimelineEvent } from '../../../utils/model/event';
import { eventDraft, sealChain } from './arbitrary-events';
import { fuzz } from './fuzz-run';
import { hostileString } from './hostile-strings';

const FIELDS = ['id', 'invoiceId', 'seq', 'kind', 'data', 'recordedAt', 'occurredOn', 'prevHash', 'hash', 'corrects'] as const;

/** A different value for `field` (different in canonical form, so it is a real change). */
function tampered(event: TimelineEvent, field: (typeof FIELDS)[number], noise: string): TimelineEvent {
  const copy = structuredClone(event) as unknown as Record<string, unknown>;
  const before = canonicalJson(copy[field] ?? null);
  const candidates: unknown[] =
    field === 'seq'
      ? [event.seq + 1, event.seq - 1, -1]
      : field === 'kind'
        ? ['note', 'payment']
        : field === 'data'
          ? [{ ...event.data, tampered: noise }, { text: noise }, {}]
          : field === 'hash' || field === 'prevHash'
            ? [`${(event[field] || '0'.repeat(64)).slice(0, 63)}${event[field].endsWith('f') ? 'e' : 'f'}`, '']
            : [`${String(copy[field] ?? '')}${noise}`, noise, `x${noise}`];
  copy[field] = candidates.find((value) => canonicalJson(value) !== before);
  return copy as unknown as TimelineEvent;
}

describe('fuzz: evidence chain', () => {
  it('detects any single-field change and names the changed event', async () => {
    const input = fc.tuple(
      fc.array(eventDraft, { minLength: 1, maxLength: 8 }),
      fc.nat(),
      fc.constantFrom(...FIELDS),
      hostileString(20).filter((s) => s.length > 0),
    );
    await fuzz(
      'verifyChain single-field tamper',
      input,
      async ([drafts, pick, field, noise]) => {
        const chain = await sealChain('inv', drafts);
        expect(await verifyChain(chain)).toEqual({ intact: true, count: chain.length });
        const at = pick % chain.length;
        const altered = chain.map((event, index) => (index === at ? tampered(event, field, noise) : event));
        const result = await verifyChain(altered);
        expect(result).toMatchObject({ intact: false, brokenAt: at });
      },
      { runs: 400, caseMs: 500 },
    );
  });

  it('detects a dropped, duplicated or swapped event', async () => {
    const input = fc.tuple(fc.array(eventDraft, { minLength: 2, maxLength: 8 }), fc.nat(), fc.constantFrom('drop', 'duplicate', 'swap'));
    await fuzz(
      'verifyChain reorder',
      input,
      async ([drafts, pick, how]) => {
        const chain = await sealChain('inv', drafts);
        const i = pick % (chain.length - 1);
        const altered = [...chain];
        if (how === 'drop') altered.splice(i, 1);
        else if (how === 'duplicate') altered.splice(i, 0, chain[i]);
        else [altered[i], altered[i + 1]] = [altered[i + 1], altered[i]];
        expect((await verifyChain(altered)).intact).toBe(false);
      },
      { runs: 300, caseMs: 500 },
    );
  });

  it('random objects posing as events: answers (intact or not), never throws', async () => {
    const junk = fc.array(
      fc
        .anything({ withNullPrototype: true, maxDepth: 2 })
        .map((value) => ({ ...(typeof value === 'object' && value ? value : { value }) }) as unknown as TimelineEvent),
      { maxLength: 5 },
    );
    await fuzz(
      'verifyChainsByInvoice on junk',
      junk,
      async (events) => {
        for (const verification of (await verifyChainsByInvoice(events)).values()) expect(typeof verification.intact).toBe('boolean');
      },
      { runs: 300, caseMs: 500 },
    );
  });
});
