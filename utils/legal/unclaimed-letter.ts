import type { TimelineEvent } from '../model/event';

/**
 * A registered letter La Poste returned "non réclamé": it still counts, from its first presentation (Cass. 1re civ.,
 * 20 Jan 2021, n° 19-20.680; LEGAL.md fact 39). Undefined while no tracked letter came back.
 */
export function unclaimedLetter(active: readonly TimelineEvent[]): { presentedOn?: string; returnedOn: string } | undefined {
  let presentedOn: string | undefined;
  let returnedOn: string | undefined;
  for (const event of active) {
    if (event.kind !== 'letter-status') continue;
    const { status, on } = event.data;
    if ((status === 'presented' || status === 'notice-left') && (!presentedOn || on < presentedOn)) presentedOn = on;
    if (status === 'returned') returnedOn ??= on;
  }
  return returnedOn ? { ...(presentedOn ? { presentedOn } : {}), returnedOn } : undefined;
}
