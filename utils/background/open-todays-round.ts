import { roundEntryUrl } from '../round/round-entry-url';
import { roundStart } from './handlers/round';
import type { HandlerContext } from './router';

/**
 * What the daily notification opens: today's round (taken up where it was left, or started over what is due now) in
 * the webmail, on its current stop; with nothing due, the dashboard's Today view.
 */
export async function openTodaysRound(ctx: HandlerContext, openTab: (url: string) => Promise<unknown>, dashboardTodayUrl: string): Promise<void> {
  const round = await roundStart({ type: 'round:start', resume: true }, ctx);
  await openTab(round.status === 'running' ? roundEntryUrl(round) : dashboardTodayUrl);
}
