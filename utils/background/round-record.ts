import type { RoundState } from '../round/round-state';
import type { HandlerContext } from './router';

/**
 * The round is kept in the store's background-only key-value store (IndexedDB `vault`), not in memory: the worker
 * stops after 30 s idle mid-round, and the user may close the tab or the browser and resume later the same day.
 * Not storage.local (the webmail pages' content scripts can read it) nor storage.session (lost with the browser).
 */
const KEY = 'round';

/** Today's round, if one was started today (yesterday's stops are not today's list). */
export async function loadRound(ctx: HandlerContext): Promise<RoundState | undefined> {
  const state = (await ctx.store.getPrivate(KEY))[KEY] as RoundState | undefined;
  return state && state.day === ctx.today() ? state : undefined;
}

export async function saveRound(ctx: HandlerContext, state: RoundState | null): Promise<void> {
  await ctx.store.setPrivate({ [KEY]: state });
}
