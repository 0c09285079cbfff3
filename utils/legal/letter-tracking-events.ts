import type { NewEvent, TimelineEvent } from '../model/event';
import type { ShownEvent } from '../model/shown-event';
import { compactTrackingNumber as compact, type LetterStatus } from '../model/letter-status';
import { activeEvents } from './active-events';

/**
 * The registered letters of a timeline still worth asking La Poste about: sent with a number, neither delivered
 * (an acknowledgement recorded) nor returned.
 */
export function lettersToFollow(timeline: readonly ShownEvent[]): string[] {
  const active = activeEvents(timeline);
  const done = new Set<string>();
  for (const event of active) {
    if (event.kind === 'acknowledgement-received') {
      const number = event.data.trackingNumber;
      if (number) done.add(compact(number));
    } else if (event.kind === 'letter-status' && event.data.status === 'returned') {
      done.add(compact(event.data.trackingNumber));
    }
  }
  const numbers = active.filter((e): e is ShownEvent<'letter-sent'> => e.kind === 'letter-sent' && !!e.data.trackingNumber).map((e) => e.data.trackingNumber!);
  // An acknowledgement typed without a number closes the only letter sent before it.
  const untypedAck = active.some((e) => e.kind === 'acknowledgement-received' && !e.data.trackingNumber);
  return [...new Set(numbers)].filter((n) => !done.has(compact(n)) && !(untypedAck && numbers.length === 1));
}

/**
 * The timeline events La Poste's statuses add, each once: the delivery as the acknowledgement of receipt (the day the
 * mise en demeure's deadline starts), the others as letter statuses.
 */
export function trackingEvents(timeline: readonly TimelineEvent[], statuses: readonly LetterStatus[]): NewEvent[] {
  const active = activeEvents(timeline);
  const seen = new Set(
    active
      .filter((e): e is TimelineEvent<'letter-status'> => e.kind === 'letter-status')
      .map((e) => `${compact(e.data.trackingNumber)}|${e.data.status}|${e.data.on}`),
  );
  const acknowledged = new Set(
    active
      .filter((e): e is TimelineEvent<'acknowledgement-received'> => e.kind === 'acknowledgement-received')
      .map((e) => compact(e.data.trackingNumber ?? '')),
  );
  const events: NewEvent[] = [];
  for (const s of statuses) {
    const number = compact(s.trackingNumber);
    if (s.status === 'delivered') {
      if (acknowledged.has(number)) continue;
      acknowledged.add(number);
      events.push({ kind: 'acknowledgement-received', occurredOn: s.on, data: { receivedOn: s.on, trackingNumber: s.trackingNumber, source: 'laposte' } });
      continue;
    }
    const key = `${number}|${s.status}|${s.on}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({ kind: 'letter-status', occurredOn: s.on, data: s });
  }
  return events;
}
