import type { ShownEvent } from '../model/shown-event';
import { compareCodeUnits } from '../model/compare-code-units';

/** The timeline as it stands after corrections, in the order things happened (day, then chain order). */
export function activeEvents<E extends ShownEvent>(events: readonly E[]): E[] {
  // A later event with `corrects` supersedes the one it names; a bare 'correction' voids it.
  const superseded = new Set(events.flatMap((e) => (e.corrects ? [e.corrects] : [])));
  return events.filter((e) => !superseded.has(e.id) && e.kind !== 'correction').sort((a, b) => compareCodeUnits(a.occurredOn, b.occurredOn) || a.seq - b.seq);
}
