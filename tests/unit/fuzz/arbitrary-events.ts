/** Test support: fast-check arbitraries for timeline events with hostile text, sealed by the real chainEvent. */
import fc from 'fast-check';
import { chainEvent, type EventDraft } from '../../../utils/evidence/chain-event';
import type { TimelineEvent } from '../../../utils/model/event';
import { hostileString } from './hostile-strings';

export const isoDay = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const address = fc.record({ name: fc.option(hostileString(30), { nil: undefined }), email: hostileString(30) }, { requiredKeys: ['email'] });

/** An event draft of a user- or mail-supplied kind, every free text hostile. */
export const eventDraft: fc.Arbitrary<Omit<EventDraft, 'id' | 'invoiceId' | 'recordedAt'>> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), occurredOn: isoDay, data: fc.record({ text: hostileString(200) }) }),
  fc.record({
    kind: fc.constant('call' as const),
    occurredOn: isoDay,
    data: fc.record({ with: fc.option(hostileString(30), { nil: undefined }), summary: hostileString(100) }, { requiredKeys: ['summary'] }),
  }),
  fc.record({ kind: fc.constant('dispute' as const), occurredOn: isoDay, data: fc.record({ reason: hostileString(100) }) }),
  fc.record({ kind: fc.constant('correction' as const), occurredOn: isoDay, data: fc.record({ reason: hostileString(100) }) }),
  fc.record({
    kind: fc.constant('reminder-sent' as const),
    occurredOn: isoDay,
    data: fc.record({
      stage: fc.constantFrom('reminder1' as const, 'last-reminder' as const),
      to: fc.array(address, { maxLength: 3 }),
      subject: hostileString(60),
      body: hostileString(300),
      bodySha256: fc.constant('a'.repeat(64)),
    }),
  }),
  fc.record({
    kind: fc.constant('reply-received' as const),
    occurredOn: isoDay,
    data: fc.record(
      {
        messageId: hostileString(20),
        from: address,
        excerpt: hostileString(200),
        kind: fc.constantFrom('promise' as const, 'dispute' as const, 'other' as const),
        phrase: fc.option(hostileString(40), { nil: undefined }),
        receivedAt: fc.constant('2026-03-25T08:00:00Z'),
      },
      { requiredKeys: ['messageId', 'from', 'excerpt', 'kind', 'receivedAt'] },
    ),
  }),
  fc.record({
    kind: fc.constant('letter-sent' as const),
    occurredOn: isoDay,
    data: fc.record({ trackingNumber: hostileString(20), sentOn: isoDay, kind: fc.constant('formal-notice' as const) }),
  }),
  fc.record({
    kind: fc.constant('payment' as const),
    occurredOn: isoDay,
    data: fc.record({
      amount: fc.record({ minor: fc.integer({ min: 1, max: 1e9 }), currency: fc.constant('EUR') }),
      receivedOn: isoDay,
      method: hostileString(20),
      full: fc.boolean(),
    }),
  }),
);

/** Seals drafts into one invoice's chain, as the store does. */
export async function sealChain(invoiceId: string, drafts: ReadonlyArray<Omit<EventDraft, 'id' | 'invoiceId' | 'recordedAt'>>): Promise<TimelineEvent[]> {
  const chain: TimelineEvent[] = [];
  for (const [index, draft] of drafts.entries()) {
    chain.push(
      await chainEvent(chain[chain.length - 1], {
        ...draft,
        id: `${invoiceId}-e${index}`,
        invoiceId,
        recordedAt: `2026-04-0${(index % 9) + 1}T10:00:00.000Z`,
      } as EventDraft),
    );
  }
  return chain;
}
