import type { TimelineEvent } from '../model/event';
import { activeEvents } from './active-events';
import { addYears, daysBetween } from '../calendar/iso-date';
import type { LocalizedText } from './localized-text';
import { formatDateLong } from '../templates/format-date';

export interface PrescriptionInput {
  debtor: 'business' | 'consumer';
  issueDate: string;
  dueDate: string;
  events: TimelineEvent[];
  today: string;
}

export type PrescriptionWarning = 'none' | 'approaching' | 'imminent' | 'expired';

export interface PrescriptionState {
  years: 5 | 2;
  reference: string;
  /** First day of the running period: the claim's start, or the last acknowledgement of the debt. */
  startsOn: string;
  /** Last day to bring the claim before a court. */
  lastDay: string;
  daysLeft: number;
  warning: PrescriptionWarning;
  /** The acknowledgement that restarted the period (C. civ. 2240), if any. */
  interruptedBy?: { eventId: string; on: string; kind: 'written-promise' | 'partial-payment' };
  reason: LocalizedText;
}

/** Within this many days of the last day, the warning is "approaching"; within IMMINENT_DAYS, "imminent". */
const APPROACHING_DAYS = 183;
const IMMINENT_DAYS = 31;

/**
 * When the claim becomes time-barred: 5 years between businesses (C. com. L110-4), 2 years for a professional
 * against a consumer (C. conso. L218-2). A debtor's acknowledgement (written promise, partial payment) restarts the
 * full period (C. civ. 2240, 2231); a formal notice does not (Cass. com. 18 May 2022, n° 20-23.204).
 */
export function computePrescription(input: PrescriptionInput): PrescriptionState {
  const business = input.debtor === 'business';
  const years = business ? 5 : 2;
  const reference = business ? 'C. com. L110-4' : 'C. conso. L218-2';
  // Against a consumer the period runs from the performance of the service, which the invoice date bounds;
  // between businesses, from when the payment fell due. The earlier date is the cautious one.
  const claimStart = business ? input.dueDate : input.issueDate < input.dueDate ? input.issueDate : input.dueDate;

  let interruptedBy: PrescriptionState['interruptedBy'];
  let formalNoticeOn: string | undefined;
  let oralPromiseOn: string | undefined;
  for (const event of activeEvents(input.events)) {
    const on = event.occurredOn;
    if (on < claimStart) continue;
    if (event.kind === 'reply-received' && (event.data as TimelineEvent<'reply-received'>['data']).kind === 'promise') {
      interruptedBy = { eventId: event.id, on, kind: 'written-promise' };
    } else if (event.kind === 'promise') {
      // Only a promise in the debtor's own writing is counted; one noted from a call would be hard to prove.
      if ((event.data as TimelineEvent<'promise'>['data']).source === 'reply') interruptedBy = { eventId: event.id, on, kind: 'written-promise' };
      else oralPromiseOn = on;
    } else if (event.kind === 'payment' && !(event.data as TimelineEvent<'payment'>['data']).full) {
      interruptedBy = { eventId: event.id, on, kind: 'partial-payment' };
    } else if (event.kind === 'letter-sent' && (event.data as TimelineEvent<'letter-sent'>['data']).kind === 'formal-notice') {
      formalNoticeOn = (event.data as TimelineEvent<'letter-sent'>['data']).sentOn;
    }
  }

  const startsOn = interruptedBy?.on ?? claimStart;
  const lastDay = addYears(startsOn, years);
  const daysLeft = daysBetween(input.today, lastDay);
  const warning: PrescriptionWarning = daysLeft < 0 ? 'expired' : daysLeft <= IMMINENT_DAYS ? 'imminent' : daysLeft <= APPROACHING_DAYS ? 'approaching' : 'none';

  const d = (date: string) => ({ fr: formatDateLong(date, 'fr'), en: formatDateLong(date, 'en') });
  const parts: LocalizedText[] = [
    business
      ? { fr: `Prescription de 5 ans entre professionnels (${reference}) : dernier jour pour agir en justice le ${d(lastDay).fr}.`, en: `5-year limitation period between businesses (${reference}): last day to go to court ${d(lastDay).en}.` }
      : { fr: `Prescription de 2 ans contre un consommateur (${reference}) : dernier jour pour agir en justice le ${d(lastDay).fr}.`, en: `2-year limitation period against a consumer (${reference}): last day to go to court ${d(lastDay).en}.` },
  ];
  if (interruptedBy) {
    const what = interruptedBy.kind === 'written-promise' ? { fr: 'la promesse écrite de payer', en: 'the written promise to pay' } : { fr: 'le paiement partiel', en: 'the partial payment' };
    parts.push({
      fr: `Le délai a recommencé à courir le ${d(interruptedBy.on).fr} : ${what.fr} du client vaut reconnaissance de dette (C. civ. 2240). Conservez ce message comme preuve.`,
      en: `The period started again on ${d(interruptedBy.on).en}: ${what.en} from the client acknowledges the debt (C. civ. 2240). Keep it as evidence.`,
    });
  }
  if (oralPromiseOn && !interruptedBy) {
    parts.push({
      fr: `La promesse notée le ${d(oralPromiseOn).fr} n’est pas écrite : faute de preuve, elle n’est pas comptée. Demandez au client de la confirmer par écrit.`,
      en: `The promise noted on ${d(oralPromiseOn).en} is not in writing: without proof it is not counted. Ask the client to confirm it in writing.`,
    });
  }
  if (formalNoticeOn) {
    parts.push({
      fr: `La mise en demeure du ${d(formalNoticeOn).fr} n’interrompt pas la prescription (Cass. com., 18 mai 2022, n° 20-23.204).`,
      en: `The formal notice of ${d(formalNoticeOn).en} does not interrupt the limitation period (Cass. com., 18 May 2022, no. 20-23.204).`,
    });
  }
  if (warning === 'expired') parts.push({ fr: 'Le délai est dépassé : la créance est prescrite, sauf cause d’interruption non enregistrée ici.', en: 'The period has run out: the claim is time-barred, unless it was interrupted in a way not recorded here.' });
  else if (warning !== 'none') parts.push({ fr: `Plus que ${daysLeft} jour${daysLeft > 1 ? 's' : ''} : une action en justice (une requête en injonction de payer suffit) interrompt la prescription (C. civ. 2241).`, en: `Only ${daysLeft} day${daysLeft === 1 ? '' : 's'} left: bringing a claim (an injonction de payer application is enough) interrupts the period (C. civ. 2241).` });

  return {
    years,
    reference,
    startsOn,
    lastDay,
    daysLeft,
    warning,
    ...(interruptedBy ? { interruptedBy } : {}),
    reason: { fr: parts.map((p) => p.fr).join(' '), en: parts.map((p) => p.en).join(' ') },
  };
}
