import type { RoundStep } from './plan-round';

/** What the user did at a stop: sent (a confirmed send was recorded), skipped for today, later in this round, paused. */
export type RoundOutcome = 'sent' | 'skipped' | 'later' | 'paused';

/** A round under way, as the background keeps it between the worker's stops (utils/background/round-storage.ts). */
export interface RoundState {
  /** The day it was planned for: tomorrow's list is another round. */
  day: string;
  status: 'running' | 'stopped' | 'finished';
  /** Stops planned at the start. */
  total: number;
  /** The stops still to do; the first is the current one. */
  queue: RoundStep[];
  done: Array<{ step: RoundStep; outcome: Exclude<RoundOutcome, 'later'> }>;
  /** Lead invoice of each stop already put back once with "later": the second time it counts as skipped. */
  deferred: string[];
}

export function startRound(steps: RoundStep[], day: string): RoundState {
  return { day, status: steps.length ? 'running' : 'finished', total: steps.length, queue: steps, done: [], deferred: [] };
}

/**
 * The current stop is dealt with. `invoiceId` must be one of the current stop's invoices: a second notice of the same
 * send, or a click in another tab on a stop already passed, changes nothing.
 */
export function advanceRound(state: RoundState, invoiceId: string, outcome: RoundOutcome): RoundState {
  const [current, ...rest] = state.queue;
  if (state.status !== 'running' || !current?.invoiceIds.includes(invoiceId)) return state;
  const lead = current.invoiceIds[0];
  if (outcome === 'later' && rest.length > 0 && !state.deferred.includes(lead)) {
    return { ...state, queue: [...rest, current], deferred: [...state.deferred, lead] };
  }
  const done = [...state.done, { step: current, outcome: outcome === 'later' ? ('skipped' as const) : outcome }];
  return { ...state, queue: rest, done, status: rest.length ? 'running' : 'finished' };
}

/** Interrupted: the stops left wait until the user resumes (the same day). */
export function stopRound(state: RoundState): RoundState {
  return state.status === 'running' ? { ...state, status: 'stopped' } : state;
}

export function resumeRound(state: RoundState): RoundState {
  return state.status === 'stopped' ? { ...state, status: state.queue.length ? 'running' : 'finished' } : state;
}
