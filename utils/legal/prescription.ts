import type { TimelineEvent } from '../model/event';
import { activeEvents } from './active-events';
import { addYears } from '../calendar/iso-date';
import type { LocalizedText } from './localized-text';
import { formatDateLong } from '../templates/format-date';
import type { DebtorKind } from '../model/client';
import { ACKNOWLEDGEMENT_WORDS, acknowledgementKind, type AcknowledgementKind, type PrescriptionWarning } from './acknowledgement';
import { prescriptionStateOf, runLimitationPeriod, type Interruption } from './limitation-period';
import { computePublicPrescription } from './public-prescription';

export type { AcknowledgementKind, PrescriptionWarning } from './acknowledgement';

export interface PrescriptionInput {
  debtor: DebtorKind;
  issueDate: string;
  /** No source gave the invoice's date: `issueDate` is only a stand-in (the due date), never printed as its date. */
  issueDateUnknown?: boolean;
  dueDate: string;
  /** When the work or service was finished, as the user gave it; absent: the invoice date is used, with a warning. */
  workFinishedOn?: string;
  events: TimelineEvent[];
  today: string;
}

export interface PrescriptionState {
  years: 5 | 4 | 2;
  reference: string;
  /** First day of the running period: the claim's start, or the last acknowledgement of the debt. */
  startsOn: string;
  /** Last day to bring the claim before a court. */
  lastDay: string;
  daysLeft: number;
  warning: PrescriptionWarning;
  /** The acknowledgement that restarted the period (C. civ. 2240), if any. */
  interruptedBy?: Interruption;
  /** The period ran out on this day (lastDay): the claim is time-barred. */
  expiredOn?: string;
  /** An acknowledgement that came after the period had run out: it does not revive the claim. */
  lateAcknowledgement?: Interruption;
  /** No end-of-work date was given: the invoice date stands in for it. */
  startAssumed?: boolean;
  reason: LocalizedText;
}

/**
 * When the claim becomes time-barred: 5 years between businesses (C. com. L110-4), 2 years for a professional
 * against a consumer (C. conso. L218-2), from the end of the work or service (Cass. com. 26 Feb 2020 n° 18-25.036;
 * LEGAL.md fact 26). A debtor's acknowledgement (written promise, partial payment, written request for a plan)
 * restarts the full period (C. civ. 2240, 2231) only while it runs: after it has run out the claim stays time-barred
 * (only a renunciation, C. civ. 2250-2251, could waive it). A formal notice interrupts nothing (Cass. com. 18 May 2022, n° 20-23.204).
 */
export function computePrescription(input: PrescriptionInput): PrescriptionState {
  if (input.debtor === 'public') return computePublicPrescription(input);
  const business = input.debtor === 'business';
  const years = business ? 5 : 2;
  const reference = business ? 'C. com. L110-4' : 'C. conso. L218-2';
  const claimStart = input.workFinishedOn ?? input.issueDate;

  const active = activeEvents(input.events);
  const period = runLimitationPeriod(active, claimStart, input.today, (day) => ({ startsOn: day, lastDay: addYears(day, years) }), acknowledgementKind);
  const { lastDay, daysLeft, warning, interruptedBy, lateAcknowledgement } = period;
  let formalNoticeOn: string | undefined;
  let oralPromiseOn: string | undefined;
  for (const event of active) {
    if (event.occurredOn < claimStart) continue;
    if (event.kind === 'promise' && event.data.source !== 'reply') {
      // Only a promise in the debtor's own writing is counted; one noted from a call would be hard to prove.
      oralPromiseOn = event.occurredOn;
    } else if (event.kind === 'letter-sent' && event.data.kind === 'formal-notice') {
      formalNoticeOn = event.data.sentOn;
    }
  }

  const d = (date: string) => ({ fr: formatDateLong(date, 'fr'), en: formatDateLong(date, 'en') });
  const parts: LocalizedText[] = [
    business
      ? {
          fr: `Prescription de 5 ans entre professionnels (${reference}) : dernier jour pour agir en justice le ${d(lastDay).fr}.`,
          en: `5-year limitation period between businesses (${reference}): last day to go to court ${d(lastDay).en}.`,
        }
      : {
          fr: `Prescription de 2 ans contre un consommateur (${reference}) : dernier jour pour agir en justice le ${d(lastDay).fr}.`,
          en: `2-year limitation period against a consumer (${reference}): last day to go to court ${d(lastDay).en}.`,
        },
  ];
  const what = (kind: AcknowledgementKind) => ACKNOWLEDGEMENT_WORDS[kind];
  if (!input.workFinishedOn && input.issueDateUnknown) {
    parts.push({
      fr: `Point de départ retenu : le ${d(claimStart).fr}, faute de date de facture et de date d’achèvement des travaux. Le délai court de l’achèvement des travaux ou de la prestation (Cass. com., 26 février 2020, n° 18-25.036) : s’ils ont été achevés plus tôt, il expire plus tôt. Indiquez cette date.`,
      en: `Start used: ${d(claimStart).en}, as neither the invoice date nor an end-of-work date is known. The period runs from when the work or service was finished (Cass. com., 26 February 2020, no. 18-25.036): if it was finished earlier, the period ends earlier. Enter that date.`,
    });
  } else if (!input.workFinishedOn) {
    parts.push({
      fr: `Point de départ retenu : la date de la facture (${d(claimStart).fr}), faute de date d’achèvement des travaux. Le délai court de l’achèvement des travaux ou de la prestation (Cass. com., 26 février 2020, n° 18-25.036) : s’ils ont été achevés plus tôt, il expire plus tôt. Indiquez cette date.`,
      en: `Start used: the invoice date (${d(claimStart).en}), as no end-of-work date was given. The period runs from when the work or service was finished (Cass. com., 26 February 2020, no. 18-25.036): if it was finished earlier, the period ends earlier. Enter that date.`,
    });
  }
  if (interruptedBy) {
    const w = what(interruptedBy.kind);
    parts.push({
      fr: `Le délai a recommencé à courir le ${d(interruptedBy.on).fr} : ${w.fr} du client vaut reconnaissance de dette (C. civ. 2240). Conservez ce message comme preuve.`,
      en: `The period started again on ${d(interruptedBy.on).en}: ${w.en} from the client acknowledges the debt (C. civ. 2240). Keep it as evidence.`,
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
  if (warning === 'expired') {
    parts.push({
      fr: `Créance prescrite depuis le ${d(lastDay).fr}, sauf cause d’interruption non enregistrée ici.`,
      en: `Claim time-barred since ${d(lastDay).en}, unless the period was interrupted in a way not recorded here.`,
    });
    if (lateAcknowledgement) {
      const w = what(lateAcknowledgement.kind);
      parts.push({
        fr: `${w.fr.charAt(0).toUpperCase()}${w.fr.slice(1)} du ${d(lateAcknowledgement.on).fr}, postérieure, ne la fait pas revivre : une reconnaissance n’interrompt qu’un délai en cours (C. civ. 2240) ; seule une renonciation claire du débiteur à la prescription acquise le pourrait (C. civ. 2250-2251).`,
        en: `${w.en.charAt(0).toUpperCase()}${w.en.slice(1)} of ${d(lateAcknowledgement.on).en}, made afterwards, does not revive it: an acknowledgement only interrupts a running period (C. civ. 2240); only the debtor's clear renunciation of the acquired prescription could (C. civ. 2250-2251).`,
      });
    }
  } else if (warning !== 'none')
    parts.push({
      fr: `Plus que ${daysLeft} jour${daysLeft > 1 ? 's' : ''} : une action en justice (une requête en injonction de payer suffit) interrompt la prescription (C. civ. 2241).`,
      en: `Only ${daysLeft} day${daysLeft === 1 ? '' : 's'} left: bringing a claim (an injonction de payer application is enough) interrupts the period (C. civ. 2241).`,
    });

  return prescriptionStateOf(years, reference, period, input.workFinishedOn, parts);
}
