import type { RoundStep } from './plan-round';
import type { RoundState } from './round-state';

/** An invoice's next step after the round, for the summary's "what comes next and when". */
export interface UpcomingAction {
  number: string;
  clientName: string;
  date: string;
  stage: string;
}

/** The round as the sidebar, the popup and the dashboard show it: plain data. */
export interface RoundView {
  /** idle: no round today yet (or the last one closed); `total` is then how many stops a round would make. */
  status: 'idle' | 'running' | 'stopped' | 'finished';
  total: number;
  /** 1-based number of the current stop. */
  position: number;
  current?: RoundStep;
  sent: number;
  skipped: number;
  paused: number;
  /** With a finished round: the next actions after today, soonest first. */
  upcoming: UpcomingAction[];
}

export function idleRound(stops: number): RoundView {
  return { status: 'idle', total: stops, position: 0, sent: 0, skipped: 0, paused: 0, upcoming: [] };
}

export function roundView(state: RoundState, upcoming: UpcomingAction[] = []): RoundView {
  const count = (outcome: string) => state.done.filter((d) => d.outcome === outcome).length;
  return {
    status: state.status,
    total: state.total,
    position: Math.min(state.done.length + 1, state.total),
    ...(state.status !== 'finished' && state.queue[0] ? { current: state.queue[0] } : {}),
    sent: count('sent'),
    skipped: count('skipped'),
    paused: count('paused'),
    upcoming: state.status === 'finished' ? upcoming : [],
  };
}
