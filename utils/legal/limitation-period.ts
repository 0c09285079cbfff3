import type { TimelineEvent } from '../model/event';
import { daysBetween } from '../calendar/iso-date';
import { prescriptionWarning, type AcknowledgementKind } from './acknowledgement';
import type { LocalizedText } from './localized-text';
import type { PrescriptionState } from './prescription';

export interface Interruption {
  eventId: string;
  on: string;
  kind: AcknowledgementKind;
}

type Period = { startsOn: string; lastDay: string };
type RunPeriod = Pick<PrescriptionState, 'startsOn' | 'lastDay' | 'daysLeft' | 'warning' | 'interruptedBy' | 'lateAcknowledgement'> & { expired: boolean };

/**
 * A limitation period run over `events` in the order given: it starts from `claimStart`, each interruption that comes
 * while it runs starts it again (`periodFrom` the interruption's day), and one that comes after it ran out revives
 * nothing. The rules differ (Code civil, loi 68-1250) only in how long a period is and what interrupts it.
 */
export function runLimitationPeriod(
  events: readonly TimelineEvent[],
  claimStart: string,
  today: string,
  periodFrom: (day: string) => Period,
  interruption: (event: TimelineEvent) => AcknowledgementKind | undefined,
): RunPeriod {
  let { startsOn, lastDay } = periodFrom(claimStart);
  let interruptedBy: Interruption | undefined;
  let lateAcknowledgement: Interruption | undefined;
  for (const event of events) {
    const on = event.occurredOn;
    const kind = on >= claimStart ? interruption(event) : undefined;
    if (!kind || lateAcknowledgement) continue;
    if (on > lastDay) {
      lateAcknowledgement = { eventId: event.id, on, kind };
      continue;
    }
    interruptedBy = { eventId: event.id, on, kind };
    ({ startsOn, lastDay } = periodFrom(on));
  }
  const daysLeft = daysBetween(today, lastDay);
  const expired = daysLeft < 0 || lateAcknowledgement !== undefined;
  return {
    startsOn,
    lastDay,
    daysLeft,
    expired,
    warning: prescriptionWarning(daysLeft, expired),
    ...(interruptedBy ? { interruptedBy } : {}),
    ...(lateAcknowledgement ? { lateAcknowledgement } : {}),
  };
}

/** What every surface shows of a run period, with its explanation in both languages. */
export function prescriptionStateOf(
  years: PrescriptionState['years'],
  reference: string,
  run: RunPeriod,
  workFinishedOn: string | undefined,
  parts: LocalizedText[],
): PrescriptionState {
  const { expired, ...period } = run;
  return {
    years,
    reference,
    ...period,
    ...(expired ? { expiredOn: run.lastDay } : {}),
    ...(workFinishedOn ? {} : { startAssumed: true }),
    reason: { fr: parts.map((p) => p.fr).join(' '), en: parts.map((p) => p.en).join(' ') },
  };
}
