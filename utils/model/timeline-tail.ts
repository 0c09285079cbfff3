import type { ShownEvent } from './shown-event';
import type { ThreadState } from './view';

/**
 * Issue 17: a reply arriving in an open thread adds one or two events to a timeline of a hundred, and the whole
 * timeline was sent to the page on every change (~40 KB for the bench's thread, parsed and compared there). An answer
 * to a thread update now carries, for each invoice whose timeline the tab was last answered with, only the events after
 * it. A timeline is append-only and chained: the hash of the last event the tab holds vouches for every event before it.
 */

/** Where each timeline the tab holds ends: how many events, and the hash of the last one. */
export type TimelineEnds = Record<string, { count: number; hash: string }>;

/** The ends of every tracked invoice's timeline in `state`. */
export function timelineEnds(state: ThreadState): TimelineEnds {
  const ends: TimelineEnds = {};
  for (const view of state.tracked) {
    const last = view.timeline[view.timeline.length - 1];
    if (last) ends[view.invoice.id] = { count: view.timeline.length, hash: last.hash };
  }
  return ends;
}

/** Whether `timeline` holds the events `end` names: as many at least, the one at that place with that hash. */
function reaches(timeline: readonly ShownEvent[], end: { count: number; hash: string }): boolean {
  return timeline[end.count - 1]?.hash === end.hash;
}

/** `state` with each timeline that continues one of `held` cut to its new events, and where each was cut. */
export function timelineTails(state: ThreadState, held: TimelineEnds): { state: ThreadState; after: TimelineEnds } {
  const after: TimelineEnds = {};
  const tracked = state.tracked.map((view) => {
    const end = held[view.invoice.id];
    if (!end || !reaches(view.timeline, end)) return view;
    after[view.invoice.id] = end;
    return { ...view, timeline: view.timeline.slice(end.count) };
  });
  return { state: { ...state, tracked }, after };
}

/**
 * The whole state again from its tails and the timelines last answered (`held`, by invoice id); undefined when one of
 * them does not continue what is held (the tab then asks for the whole thread).
 */
export function joinTimelines(state: ThreadState, after: TimelineEnds, held: ReadonlyMap<string, ShownEvent[]>): ThreadState | undefined {
  const tracked = [];
  for (const view of state.tracked) {
    const end = after[view.invoice.id];
    if (!end) {
      tracked.push(view);
      continue;
    }
    const before = held.get(view.invoice.id);
    if (!before || !reaches(before, end)) return undefined;
    tracked.push({ ...view, timeline: [...before.slice(0, end.count), ...view.timeline] });
  }
  return { ...state, tracked };
}
