import { browser } from 'wxt/browser';
import type { RoundView } from '../../utils/round/round-view';
import { roundEntryUrl } from '../../utils/round/round-entry-url';
import { send } from '../../utils/messaging/send';

/**
 * From an extension page: starts today's round (or resumes it) and opens the webmail on its current stop in a new
 * tab, where the sidebar carries it on.
 */
export async function openRound(resume: boolean): Promise<RoundView> {
  const round = await send('round:start', { resume });
  if (round.status === 'running') await browser.tabs.create({ url: roundEntryUrl(round) });
  return round;
}
