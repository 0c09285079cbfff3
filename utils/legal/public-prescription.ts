import type { TimelineEvent } from '../model/event';
import { formatDateLong } from '../templates/format-date';
import { activeEvents } from './active-events';
import { ACKNOWLEDGEMENT_WORDS, acknowledgementKind, type AcknowledgementKind } from './acknowledgement';
import { prescriptionStateOf, runLimitationPeriod } from './limitation-period';
import type { LocalizedText } from './localized-text';
import type { PrescriptionInput, PrescriptionState } from './prescription';
import { compareCodeUnits } from '../model/compare-code-units';

const REFERENCE = 'Loi n° 68-1250 du 31 déc. 1968, art. 1er';

/** 1 January of the year after `day`'s, and the last day of the fourth year after it. */
function fourYearsFrom(day: string): { startsOn: string; lastDay: string } {
  const year = Number(day.slice(0, 4));
  return { startsOn: `${year + 1}-01-01`, lastDay: `${year + 4}-12-31` };
}

/**
 * The prescription quadriennale of debts owed by the State, départements, communes and public establishments: four
 * years from 1 January of the year after the rights arose (the work done), restarted on 1 January after any written
 * claim of the creditor, payment on account or written word of the debtor about the debt (loi n° 68-1250, art. 1–2).
 * Unlike C. civ. 2240, the creditor's own reminders and formal notice interrupt it.
 */
export function computePublicPrescription(input: PrescriptionInput): PrescriptionState {
  const claimStart = input.workFinishedOn ?? input.issueDate;
  const events = [...activeEvents(input.events)].sort((a, b) => compareCodeUnits(a.occurredOn, b.occurredOn));
  const period = runLimitationPeriod(events, claimStart, input.today, fourYearsFrom, interruption);
  const { startsOn, lastDay, daysLeft, warning, interruptedBy, expired } = period;
  const d = (date: string) => ({ fr: formatDateLong(date, 'fr'), en: formatDateLong(date, 'en') });
  const parts: LocalizedText[] = [
    {
      fr: `Prescription quadriennale des dettes publiques (${REFERENCE}) : quatre ans à compter du 1er janvier suivant l’année de la prestation ; dernier jour pour réclamer ou agir le ${d(lastDay).fr}.`,
      en: `Four-year limitation period for public debts (${REFERENCE}): four years from 1 January after the year of the work; last day to claim or sue ${d(lastDay).en}.`,
    },
  ];
  if (!input.workFinishedOn) {
    parts.push({
      fr: `Point de départ retenu : l’année de la facture (${d(claimStart).fr}), faute de date d’achèvement des travaux. Indiquez cette date si la prestation s’est achevée une autre année.`,
      en: `Start used: the year of the invoice (${d(claimStart).en}), as no end-of-work date was given. Enter that date if the work ended in another year.`,
    });
  }
  if (interruptedBy) {
    const w = ACKNOWLEDGEMENT_WORDS[interruptedBy.kind];
    parts.push({
      fr: `Le délai a recommencé à courir le ${d(startsOn).fr} : ${w.fr} du ${d(interruptedBy.on).fr} l’a interrompu (loi n° 68-1250, art. 2). Conservez-en la preuve.`,
      en: `The period started again on ${d(startsOn).en}: ${w.en} of ${d(interruptedBy.on).en} interrupted it (loi n° 68-1250, art. 2). Keep proof of it.`,
    });
  }
  if (expired)
    parts.push({
      fr: `Créance prescrite depuis le ${d(lastDay).fr}, sauf interruption non enregistrée ici.`,
      en: `Claim time-barred since ${d(lastDay).en}, unless the period was interrupted in a way not recorded here.`,
    });
  else if (warning !== 'none') {
    parts.push({
      fr: `Plus que ${daysLeft} jour${daysLeft > 1 ? 's' : ''} : une réclamation écrite à l’acheteur public (une relance suffit) interrompt la prescription.`,
      en: `Only ${daysLeft} day${daysLeft === 1 ? '' : 's'} left: a written claim to the public buyer (a reminder is enough) interrupts the period.`,
    });
  }
  return prescriptionStateOf(4, REFERENCE, period, input.workFinishedOn, parts);
}

/** The debtor's acknowledgement, or the creditor's written claim: a reminder sent or a letter. */
function interruption(event: TimelineEvent): AcknowledgementKind | undefined {
  return acknowledgementKind(event) ?? (event.kind === 'reminder-sent' || event.kind === 'letter-sent' ? 'written-claim' : undefined);
}
