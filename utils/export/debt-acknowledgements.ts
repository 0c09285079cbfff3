import type { TimelineEvent } from '../model/event';
import { activeEvents } from '../legal/active-events';
import type { DebtorAcknowledgementKind } from '../legal/acknowledgement';

/** A debtor's act that acknowledges the debt and so interrupts prescription (C. civ. 2240): a written promise, a written request for a plan, or a partial payment. */
export interface DebtAcknowledgement {
  event: TimelineEvent;
  invoiceId: string;
  on: string;
  how: DebtorAcknowledgementKind;
}

/**
 * The acknowledgements in a timeline. A promise counts only when written (a reply, or a promise event taken from one);
 * a phone promise is hard to prove and is left to the timeline. A reply and the promise event drawn from it the same day count once.
 */
export function debtAcknowledgements(timeline: readonly TimelineEvent[]): DebtAcknowledgement[] {
  // Same reading as legal/prescription.ts: what a later event corrected no longer counts.
  const events = activeEvents(timeline);
  const found: DebtAcknowledgement[] = [];
  const writtenDays = new Set<string>();
  for (const event of events) {
    const kind = event.kind === 'reply-received' ? event.data.kind : undefined;
    if (kind === 'promise' || kind === 'plan') {
      found.push({ event, invoiceId: event.invoiceId, on: event.occurredOn, how: kind === 'promise' ? 'written-promise' : 'plan-request' });
      if (kind === 'promise') writtenDays.add(`${event.invoiceId}|${event.occurredOn}`);
    }
  }
  for (const event of events) {
    if (event.kind === 'promise' && event.data.source === 'reply' && !writtenDays.has(`${event.invoiceId}|${event.occurredOn}`)) {
      found.push({ event, invoiceId: event.invoiceId, on: event.occurredOn, how: 'written-promise' });
    }
    if (event.kind === 'payment' && !event.data.full) {
      found.push({ event, invoiceId: event.invoiceId, on: event.occurredOn, how: 'partial-payment' });
    }
  }
  return found.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
