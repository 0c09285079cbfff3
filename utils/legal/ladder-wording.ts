/** The ladder's reasons in French and English: every sentence the user reads about where an invoice stands and why. */
import type { DebtorKind } from '../model/client';
import { CDAR_STATUS_NAMES, type PlatformStatus } from '../model/platform-status';
import { formatDateLong } from '../templates/format-date';
import type { LocalizedText } from './localized-text';

/** How the formal notice's deadline started: its receipt, the first presentation of a letter returned unclaimed, or only its sending. */
export type NoticeStart = 'received' | 'unclaimed' | 'sent';

export interface LadderWording {
  putOff: (until: string) => string;
  cancelled: () => string;
  paid: () => string;
  paused: (wholeClient: boolean) => string;
  promiseRunning: (promised: string, chaseOn: string) => string;
  promiseNotKept: (promised: string) => string;
  paymentClaimed: (since: string) => string;
  disputeOnPlatform: (status: PlatformStatus) => string;
  disputeAnswered: (since: string) => string;
  dispute: (since: string) => string;
  planRequest: (since: string) => string;
  missingDocumentOnPlatform: (status: PlatformStatus) => string;
  infoRequest: (since: string) => string;
  planPaidBalanceLeft: (agreedOn: string) => string;
  planNextInstalment: (agreedOn: string, due: string, chaseOn: string) => string;
  instalmentMissed: (due: string) => string;
  instalmentRecalled: (due: string, remindedOn: string, brokenOn: string) => string;
  planBroken: (due: string, remindedOn: string) => string;
  courtesy: () => string;
  reminder1: () => string;
  reminder2: (debtor: DebtorKind) => string;
  lastReminder: () => string;
  formalNotice: (deadlineDays: number) => string;
  judicial: () => string;
  noticeDeadline: (deadlineDays: number, start: string, basis: NoticeStart, courtFrom: string) => string;
  plannedOnDueDate: (due: string) => string;
  plannedFromDueDate: (days: number, before: boolean, due: string) => string;
  plannedAfterPreviousStage: (days: number, sentOn: string) => string;
  plannedAfterPreviousDeadline: (deadline: string) => string;
  plannedAfterYourMessage: (on: string) => string;
  noReminderBeforeDirectDebit: (on: string) => string;
  /** Ends a "planned…" sentence: the day itself, or the business day it moved to. */
  plannedDay: (day: string, moved: boolean) => string;
  noOverdueForClient: () => string;
  groupedReminder: (count: number, leadNumber: string) => string;
}

const frDay = (date: string) => formatDateLong(date, 'fr');
const enDay = (date: string) => formatDateLong(date, 'en');

/** "La plateforme Qonto indique la facture « refusée » (210) le 12 novembre 2026, motif : …". */
function frPlatform(status: PlatformStatus): string {
  const name = CDAR_STATUS_NAMES[status.code]?.fr ?? status.raw;
  const on = status.on ? ` le ${frDay(status.on)}` : '';
  const why = status.reason ? `, motif : ${status.reason}` : '';
  return `La plateforme ${platformName(status)} indique la facture « ${name.toLowerCase()} » (${status.code})${on}${why}`;
}

function enPlatform(status: PlatformStatus): string {
  const name = CDAR_STATUS_NAMES[status.code]?.en ?? status.raw;
  const on = status.on ? ` on ${enDay(status.on)}` : '';
  const why = status.reason ? `, reason: ${status.reason}` : '';
  return `The ${platformName(status)} platform reports the invoice "${name.toLowerCase()}" (${status.code})${on}${why}`;
}

const platformName = (status: PlatformStatus) => (status.platform === 'pennylane' ? 'Pennylane' : 'Qonto');

export const LADDER_WORDING: Record<keyof LocalizedText, LadderWording> = {
  fr: {
    putOff: (until) => `Remis à plus tard par vous, jusqu’au ${frDay(until)}.`,
    cancelled: () => 'Facture annulée : plus aucune relance.',
    paid: () => 'Facture payée : plus aucune relance.',
    paused: (wholeClient) =>
      `Relances suspendues par vous ${wholeClient ? 'pour tout ce client' : 'pour cette facture'}. Rien n’est perdu : elles reprennent dès que vous les réactivez.`,
    promiseRunning: (promised, chaseOn) =>
      `Le client a promis de payer au plus tard le ${frDay(promised)} : relances suspendues jusque-là. Sans paiement, relance « promesse non tenue » le ${frDay(chaseOn)}.`,
    promiseNotKept: (promised) => `Promesse de paiement au ${frDay(promised)} non tenue : rappelez-la au client.`,
    paymentClaimed: (since) =>
      `Le client indique avoir payé (message du ${frDay(since)}). Vérifiez votre compte puis confirmez le paiement : les relances attendent votre confirmation.`,
    disputeOnPlatform: (status) => `${frPlatform(status)} : relances arrêtées. Répondez à l’acheteur sur le motif, sans renoncer à votre créance.`,
    disputeAnswered: (since) =>
      `Le client conteste la facture (message du ${frDay(since)}) et vous lui avez répondu : relances arrêtées jusqu’au règlement du différend.`,
    dispute: (since) =>
      `Le client conteste la facture (message du ${frDay(since)}) : relances arrêtées. Répondez-lui pour demander des précisions, sans renoncer à votre créance.`,
    planRequest: (since) => `Le client demande un échéancier (message du ${frDay(since)}) : proposez-lui un calendrier de paiement.`,
    missingDocumentOnPlatform: (status) => `${frPlatform(status)} : envoyez le document manquant à l’acheteur.`,
    infoRequest: (since) => `Le client demande la facture ou vos coordonnées bancaires (message du ${frDay(since)}) : renvoyez-les.`,
    planPaidBalanceLeft: (agreedOn) => `Échéancier du ${frDay(agreedOn)} entièrement payé, mais un solde reste dû.`,
    planNextInstalment: (agreedOn, due, chaseOn) =>
      `Échéancier accepté le ${frDay(agreedOn)} : prochaine échéance le ${frDay(due)}. Aucune relance avant : une relance seulement si elle n’est pas payée, le ${frDay(chaseOn)}.`,
    instalmentMissed: (due) => `Échéance du ${frDay(due)} de l’échéancier non payée : rappelez-la au client.`,
    instalmentRecalled: (due, remindedOn, brokenOn) =>
      `Échéance du ${frDay(due)} non payée, rappelée le ${frDay(remindedOn)}. Sans paiement, l’échéancier sera rompu et les relances reprendront le ${frDay(brokenOn)}.`,
    planBroken: (due, remindedOn) =>
      `Échéancier rompu : l’échéance du ${frDay(due)} est restée impayée malgré le rappel du ${frDay(remindedOn)} ; le solde est exigible.`,
    courtesy: () => 'Rappel de courtoisie avant l’échéance.',
    reminder1: () => 'Première relance, courtoise : un simple oubli est possible.',
    reminder2: (debtor) =>
      debtor === 'business'
        ? 'Deuxième relance, ferme : pénalités de retard et indemnité forfaitaire de 40 € rappelées.'
        : debtor === 'public'
          ? 'Deuxième relance, ferme : intérêts moratoires et indemnité forfaitaire de 40 €, dus sans demande, rappelés.'
          : 'Deuxième relance, ferme.',
    lastReminder: () => 'Dernière relance : annonce de la mise en demeure à une date précise.',
    formalNotice: (days) => `Mise en demeure : lettre recommandée avec accusé de réception et copie par e-mail, délai de ${days} jours.`,
    judicial: () => 'Étape judiciaire : si le délai de la mise en demeure expire sans paiement, voyez les recours possibles devant le juge.',
    noticeDeadline: (days, start, basis, courtFrom) =>
      `Le délai de ${days} jours court depuis le ${frDay(start)}${
        {
          unclaimed:
            ' (première présentation de la lettre, revenue « non réclamée » : la mise en demeure vaut quand même, Cass. 1re civ., 20 janvier 2021, n° 19-20.680)',
          received: ' (réception de la lettre)',
          sent: ' (envoi ; il court en réalité de la réception : notez l’accusé de réception dès son retour)',
        }[basis]
      } ; recours possibles à partir du ${frDay(courtFrom)}.`,
    plannedOnDueDate: (due) => `Prévue le jour de l’échéance, le ${frDay(due)}`,
    plannedFromDueDate: (days, before, due) => `Prévue ${frDays(days)} ${before ? 'avant' : 'après'} l’échéance du ${frDay(due)}`,
    plannedAfterPreviousStage: (days, sentOn) => `Prévue ${frDays(days)} après l’étape précédente, envoyée le ${frDay(sentOn)}`,
    plannedAfterPreviousDeadline: (deadline) => `Prévue au lendemain du délai donné par l’étape précédente (${frDay(deadline)})`,
    plannedAfterYourMessage: (on) => `Prévue une semaine après votre message du ${frDay(on)}`,
    noReminderBeforeDirectDebit: (on) => `Pas de relance avant le prélèvement prévu le ${frDay(on)}`,
    plannedDay: (day, moved) => (moved ? `, reportée au premier jour ouvré, le ${frDay(day)}.` : ` : le ${frDay(day)}.`),
    noOverdueForClient: () => 'Aucune facture échue à relancer pour ce client.',
    groupedReminder: (count, leadNumber) =>
      `Une seule relance pour ${count === 1 ? 'la facture échue' : `les ${count} factures échues`} de ce client ; l’étape suit la plus avancée (${leadNumber}).`,
  },
  en: {
    putOff: (until) => `Put off by you until ${enDay(until)}.`,
    cancelled: () => 'Invoice cancelled: no more reminders.',
    paid: () => 'Invoice paid: no more reminders.',
    paused: (wholeClient) =>
      `Reminders paused by you ${wholeClient ? 'for this whole client' : 'for this invoice'}. Nothing is lost: they resume as soon as you turn them back on.`,
    promiseRunning: (promised, chaseOn) =>
      `The client promised to pay by ${enDay(promised)}: reminders are paused until then. Without payment, a "promise not kept" reminder on ${enDay(chaseOn)}.`,
    promiseNotKept: (promised) => `Promise to pay by ${enDay(promised)} not kept: remind the client of it.`,
    paymentClaimed: (since) =>
      `The client says they have paid (message of ${enDay(since)}). Check your account, then confirm the payment: reminders wait for your confirmation.`,
    disputeOnPlatform: (status) => `${enPlatform(status)}: reminders stopped. Answer the buyer on the reason, without giving up your claim.`,
    disputeAnswered: (since) =>
      `The client disputes the invoice (message of ${enDay(since)}) and you have answered: reminders stopped until the dispute is settled.`,
    dispute: (since) =>
      `The client disputes the invoice (message of ${enDay(since)}): reminders stopped. Answer to ask for specifics, without giving up your claim.`,
    planRequest: (since) => `The client asks for a payment plan (message of ${enDay(since)}): offer a payment schedule.`,
    missingDocumentOnPlatform: (status) => `${enPlatform(status)}: send the buyer the missing document.`,
    infoRequest: (since) => `The client asks for the invoice or your bank details (message of ${enDay(since)}): send them again.`,
    planPaidBalanceLeft: (agreedOn) => `Payment plan of ${enDay(agreedOn)} fully paid, but a balance remains.`,
    planNextInstalment: (agreedOn, due, chaseOn) =>
      `Payment plan agreed on ${enDay(agreedOn)}: next instalment on ${enDay(due)}. No reminder before it: one only if it is not paid, on ${enDay(chaseOn)}.`,
    instalmentMissed: (due) => `Instalment of ${enDay(due)} of the payment plan not paid: remind the client.`,
    instalmentRecalled: (due, remindedOn, brokenOn) =>
      `Instalment of ${enDay(due)} unpaid, recalled on ${enDay(remindedOn)}. Without payment, the plan will be broken and reminders resume on ${enDay(brokenOn)}.`,
    planBroken: (due, remindedOn) =>
      `Payment plan broken: the instalment of ${enDay(due)} stayed unpaid despite the reminder of ${enDay(remindedOn)}; the balance is due.`,
    courtesy: () => 'Courtesy reminder before the due date.',
    reminder1: () => 'First reminder, courteous: it may be an oversight.',
    reminder2: (debtor) =>
      debtor === 'business'
        ? 'Second reminder, firm: late-payment penalties and the €40 recovery indemnity recalled.'
        : debtor === 'public'
          ? 'Second reminder, firm: late-payment interest and the €40 recovery indemnity, owed without any demand, recalled.'
          : 'Second reminder, firm.',
    lastReminder: () => 'Last reminder: announces the formal notice on a given date.',
    formalNotice: (days) => `Formal notice: registered letter with acknowledgement of receipt and a copy by email, ${days}-day deadline.`,
    judicial: () => 'Court stage: if the formal notice deadline passes without payment, see the court options.',
    noticeDeadline: (days, start, basis, courtFrom) =>
      `The ${days}-day deadline runs from ${enDay(start)}${
        {
          unclaimed: ' (first presentation of the letter, returned unclaimed: the formal notice still counts, Cass. 1re civ., 20 January 2021, no. 19-20.680)',
          received: ' (letter received)',
          sent: ' (sending; it really runs from receipt: record the acknowledgement as soon as it comes back)',
        }[basis]
      }; court options from ${enDay(courtFrom)}.`,
    plannedOnDueDate: (due) => `Planned on the due date, ${enDay(due)}`,
    plannedFromDueDate: (days, before, due) => `Planned ${enDays(days)} ${before ? 'before' : 'after'} the due date of ${enDay(due)}`,
    plannedAfterPreviousStage: (days, sentOn) => `Planned ${enDays(days)} after the previous stage, sent on ${enDay(sentOn)}`,
    plannedAfterPreviousDeadline: (deadline) => `Planned the day after the deadline the previous step gave (${enDay(deadline)})`,
    plannedAfterYourMessage: (on) => `Planned a week after your message of ${enDay(on)}`,
    noReminderBeforeDirectDebit: (on) => `No reminder before the direct debit due on ${enDay(on)}`,
    plannedDay: (day, moved) => (moved ? `, moved to the next business day, ${enDay(day)}.` : `: ${enDay(day)}.`),
    noOverdueForClient: () => 'No overdue invoice to chase for this client.',
    groupedReminder: (count, leadNumber) =>
      `One reminder for this client's ${count === 1 ? 'overdue invoice' : `${count} overdue invoices`}; the stage follows the most advanced one (${leadNumber}).`,
  },
};

function frDays(n: number): string {
  return `${n} jour${n > 1 ? 's' : ''}`;
}

function enDays(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** One sentence of the wording in both languages, as the ladder's reasons carry it. */
export function ladderText<K extends keyof LadderWording>(key: K, ...args: Parameters<LadderWording[K]>): LocalizedText {
  const say = (language: keyof LocalizedText) => (LADDER_WORDING[language][key] as (...values: Parameters<LadderWording[K]>) => string)(...args);
  return { fr: say('fr'), en: say('en') };
}
