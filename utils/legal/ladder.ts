import type { Money } from '../mail/types';
import type { Client, DebtorKind } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { LadderDelays, Settings } from '../model/settings';
import { CDAR_STATUS_NAMES, platformStatusEffect, type PlatformStatus } from '../model/platform-status';
import { STAGES, type StageId } from '../model/stage';
import { formatDateLong } from '../templates/format-date';
import { isReplyTemplate, templateForStage, type TemplateId } from '../templates/template-id';
import { deadlineAfter, holidayRegionFor, nextBusinessDay, type HolidayRegion } from './holidays';
import { addDays, daysBetween, maxDate } from '../calendar/iso-date';
import { activeEvents } from './active-events';
import { unclaimedLetter } from './unclaimed-letter';
import { proceedingsReason } from './proceedings-reason';

import type { LocalizedText } from './localized-text';

export type { LocalizedText };

export type LadderActionKind =
  | 'send-reminder'
  | 'send-formal-notice'
  | 'go-to-court'
  | 'promise-not-kept'
  | 'confirm-payment'
  | 'answer-dispute'
  | 'offer-payment-plan'
  | 'resend-invoice'
  | 'instalment-missed';

export interface LadderAction {
  kind: LadderActionKind;
  /** The ladder stage the action belongs to; a reply to the debtor keeps the current stage. */
  stage: StageId;
  templateId?: TemplateId;
  /** Planned day, always a business day (no weekend, no French public holiday). */
  date: string;
  /** The date has come: the action is waiting for the user. */
  dueNow: boolean;
  reason: LocalizedText;
}

/** active: the ladder runs; waiting: on the debtor or on the user's check; paused: by the user; stopped: dispute; done: paid or cancelled. */
export type LadderStatus = 'active' | 'waiting' | 'paused' | 'stopped' | 'done';
/** What the debtor said last that holds the ladder. */
export type LadderHold = 'promise' | 'payment-claimed' | 'dispute' | 'plan-request' | 'info-request' | 'plan';

/** An accepted payment plan as the ladder follows it. */
export interface PlanState {
  agreedOn: string;
  instalments: Array<{ date: string; amount: Money }>;
  /** Paid since the plan was agreed. */
  paid: Money;
  /** The first instalment not yet covered by what was paid. */
  nextInstalment?: { date: string; amount: Money };
  /** That instalment's date has passed unpaid. */
  missed: boolean;
  /** A missed instalment stayed unpaid past the deadline of its reminder: the whole balance is due again. */
  broken?: { on: string };
}

export interface LadderState {
  status: LadderStatus;
  /** Last stage reached (sent, or set by the user); 'none' before the first reminder. */
  stage: StageId;
  stageReachedOn?: string;
  next?: LadderAction;
  /** What "send now" inserts: always present until the invoice is paid or cancelled, whatever the schedule. */
  sendNow?: { stage: StageId; templateId: TemplateId };
  /** Why the ladder is where it is. */
  reason: LocalizedText;
  hold?: LadderHold;
  promisedDate?: string;
  /** When the debtor's message that set the hold arrived. */
  holdSince?: string;
  amountDue: Money;
  /** Sum of the payments recorded on the timeline. */
  paid: Money;
  daysLate: number;
  /** Automatic replies seen: noted on the timeline, never counted as an answer. */
  ignoredAutoReplies: number;
  /** Day the formal notice left (letter or email copy); its deadline runs from receipt when known. */
  formalNoticeOn?: string;
  formalNoticeReceivedOn?: string;
  /** The payment plan the debtor accepted, when there is one. */
  plan?: PlanState;
}

export interface LadderInput {
  invoice: Invoice;
  client?: Client;
  events: TimelineEvent[];
  today: string;
  settings: Settings;
  region?: HolidayRegion;
}

/** Days a dated-less promise pauses the ladder before it counts as not kept. */
const PROMISE_WITHOUT_DATE_DAYS = 7;
/** Stages whose mail asks for payment by a date (deadlineDate, templates/variables.ts). */
const STAGES_WITH_DEADLINE = new Set<StageId>(['reminder2', 'last-reminder']);
/** After a reply mail (plan, resend, promise not kept), the next stage waits at least this long. */
const GAP_AFTER_REPLY_DAYS = 7;

interface Hold {
  kind: Exclude<LadderHold, 'plan'>;
  since: string;
  promisedDate?: string;
  answered?: boolean;
  /** Set when the hold comes from the e-invoicing platform's status rather than from the debtor's mail. */
  platform?: PlatformStatus;
}

interface TimelineFacts {
  reached: { stage: StageId; on?: string };
  lastReplyMailOn?: string;
  hold?: Hold;
  settled?: 'paid' | 'cancelled';
  formalNoticeOn?: string;
  formalNoticeReceivedOn?: string;
  /** The letter came back "non réclamé": it still counts from its first presentation (LEGAL.md fact 39). */
  formalNoticeUnclaimed?: boolean;
  paidMinor: number;
  autoReplies: number;
  plan?: { agreedOn: string; instalments: Array<{ date: string; amount: Money }>; paidMinor: number; missedReminderOn?: string };
}

const stageIndex = (stage: StageId) => STAGES.indexOf(stage);
const text = (fr: string, en: string): LocalizedText => ({ fr, en });
const spell = (date: string): LocalizedText => text(formatDateLong(date, 'fr'), formatDateLong(date, 'en'));
const dayCount = (n: number): LocalizedText => text(`${n} jour${n > 1 ? 's' : ''}`, `${n} day${n === 1 ? '' : 's'}`);
const join = (...parts: LocalizedText[]): LocalizedText => text(parts.map((p) => p.fr).join(' '), parts.map((p) => p.en).join(' '));

/** Where an invoice stands on the escalation ladder today, what comes next, when, and why. */
export function computeLadder(input: LadderInput): LadderState {
  return putOff(ladderOf(input), input.invoice.snoozedUntil, input.today);
}

/**
 * An invoice the user put off (the round's "pause 7 jours"): its next step waits until that day, then the ladder goes
 * on by itself, from the stored next date, without the user turning anything back on.
 */
function putOff(ladder: LadderState, until: string | undefined, today: string): LadderState {
  if (!until || until <= today || !ladder.next || ladder.status === 'done' || ladder.status === 'stopped' || ladder.status === 'paused') return ladder;
  const reason = text(`Remis à plus tard par vous, jusqu’au ${spell(until).fr}.`, `Put off by you until ${spell(until).en}.`);
  const date = maxDate(ladder.next.date, until);
  return {
    ...ladder,
    status: 'waiting',
    next: { ...ladder.next, date, dueNow: date <= today, reason: join(reason, ladder.next.reason) },
    reason: join(reason, ladder.reason),
  };
}

function ladderOf(input: LadderInput): LadderState {
  const { invoice, client, today, settings } = input;
  const region = input.region ?? holidayRegionFor(settings.department);
  const facts = readTimeline(input.events, invoice.amountDue.currency);
  const base: LadderState = {
    status: 'active',
    stage: facts.reached.stage,
    stageReachedOn: facts.reached.on,
    reason: text('', ''),
    amountDue: invoice.amountDue,
    paid: { minor: facts.paidMinor, currency: invoice.amountDue.currency },
    daysLate: Math.max(0, daysBetween(invoice.dueDate, today)),
    ignoredAutoReplies: facts.autoReplies,
  };
  if (facts.formalNoticeOn) base.formalNoticeOn = facts.formalNoticeOn;
  if (facts.formalNoticeReceivedOn) base.formalNoticeReceivedOn = facts.formalNoticeReceivedOn;

  const settled = invoice.status === 'paid' || invoice.status === 'cancelled' ? invoice.status : facts.settled;
  if (settled || invoice.amountDue.minor <= 0) {
    const reason =
      settled === 'cancelled'
        ? text('Facture annulée : plus aucune relance.', 'Invoice cancelled: no more reminders.')
        : text('Facture payée : plus aucune relance.', 'Invoice paid: no more reminders.');
    return { ...base, status: 'done', reason };
  }
  // A debtor in collective proceedings (BODACC) is no longer chased: the claim is declared instead.
  if (client?.proceedings) return { ...base, status: 'stopped', reason: proceedingsReason(client.proceedings) };

  const step = nextLadderStep(facts, invoice, client, settings, today, region);
  const sendNow = sendNowFor(step.stage);
  const hold = facts.hold ?? holdFromStatus(invoice, today);

  if (invoice.paused || client?.paused) {
    const who = invoice.paused ? text('pour cette facture', 'for this invoice') : text('pour tout ce client', 'for this whole client');
    const reason = text(
      `Relances suspendues par vous ${who.fr}. Rien n’est perdu : elles reprennent dès que vous les réactivez.`,
      `Reminders paused by you ${who.en}. Nothing is lost: they resume as soon as you turn them back on.`,
    );
    return { ...base, status: 'paused', sendNow, reason, ...holdFields(hold) };
  }

  if (facts.plan) {
    const plan = followPlan(
      facts.plan,
      { current: facts.reached.stage, resume: step.stage },
      invoice.amountDue.currency,
      settings.formalNoticeDeadlineDays,
      region,
      today,
    );
    if (!plan.state.broken)
      return {
        ...base,
        ...plan.ladder,
        plan: plan.state,
        sendNow: plan.state.missed ? { stage: facts.reached.stage, templateId: 'instalment-missed' } : sendNow,
      };
    // A broken plan resumes the ladder where it stood, the whole balance being due again.
    const next: LadderAction = {
      kind: step.kind,
      stage: step.stage,
      date: maxDate(step.date, plan.state.broken.on),
      dueNow: maxDate(step.date, plan.state.broken.on) <= today,
      reason: join(plan.ladder.reason, step.reason),
    };
    const templateId = templateForStage(step.stage);
    if (templateId) next.templateId = templateId;
    return { ...base, status: 'active', plan: plan.state, next, sendNow, reason: next.reason };
  }
  if (hold) return holdState(base, hold, facts, step.stage, region, today);
  const next: LadderAction = { kind: step.kind, stage: step.stage, date: step.date, dueNow: step.date <= today, reason: step.reason };
  const templateId = templateForStage(step.stage);
  if (templateId) next.templateId = templateId;
  return { ...base, status: 'active', next, sendNow, reason: step.reason };
}

function holdFields(hold: Hold | undefined): Partial<LadderState> {
  if (!hold) return {};
  return { hold: hold.kind, holdSince: hold.since, ...(hold.promisedDate ? { promisedDate: hold.promisedDate } : {}) };
}

/** Invoice.status set by hand without a timeline event still holds the ladder. */
function holdFromStatus(invoice: Invoice, today: string): Hold | undefined {
  const since = /^\d{4}-\d{2}-\d{2}/.test(invoice.updatedAt) ? invoice.updatedAt.slice(0, 10) : today;
  if (invoice.status === 'disputed') return { kind: 'dispute', since };
  if (invoice.status === 'payment-claimed') return { kind: 'payment-claimed', since };
  return undefined;
}

function holdState(base: LadderState, hold: Hold, facts: TimelineFacts, ladderStage: StageId, region: HolidayRegion, today: string): LadderState {
  const d = spell;
  const stage = facts.reached.stage;
  const replyDay = nextBusinessDay(hold.since, region);
  const fields = holdFields(hold);
  const action = (kind: LadderActionKind, templateId: TemplateId | undefined, date: string, reason: LocalizedText): LadderAction => ({
    kind,
    stage,
    ...(templateId ? { templateId } : {}),
    date,
    dueNow: date <= today,
    reason,
  });
  const since = d(hold.since);
  switch (hold.kind) {
    case 'promise': {
      const promised = hold.promisedDate ?? addDays(hold.since, PROMISE_WITHOUT_DATE_DAYS);
      const date = nextBusinessDay(addDays(promised, 1), region);
      const p = d(promised);
      const reason =
        today <= promised
          ? text(
              `Le client a promis de payer au plus tard le ${p.fr} : relances suspendues jusque-là. Sans paiement, relance « promesse non tenue » le ${d(date).fr}.`,
              `The client promised to pay by ${p.en}: reminders are paused until then. Without payment, a "promise not kept" reminder on ${d(date).en}.`,
            )
          : text(`Promesse de paiement au ${p.fr} non tenue : rappelez-la au client.`, `Promise to pay by ${p.en} not kept: remind the client of it.`);
      const next = action('promise-not-kept', 'promise-not-kept', date, reason);
      return {
        ...base,
        ...fields,
        promisedDate: promised,
        status: today <= promised ? 'waiting' : 'active',
        next,
        sendNow: { stage, templateId: 'promise-not-kept' },
        reason,
      };
    }
    case 'payment-claimed': {
      const reason = text(
        `Le client indique avoir payé (message du ${since.fr}). Vérifiez votre compte puis confirmez le paiement : les relances attendent votre confirmation.`,
        `The client says they have paid (message of ${since.en}). Check your account, then confirm the payment: reminders wait for your confirmation.`,
      );
      return { ...base, ...fields, status: 'waiting', next: action('confirm-payment', undefined, replyDay, reason), sendNow: sendNowFor(ladderStage), reason };
    }
    case 'dispute': {
      const platform = hold.platform && platformWords(hold.platform);
      const reason = platform
        ? text(
            `${platform.fr} : relances arrêtées. Répondez à l’acheteur sur le motif, sans renoncer à votre créance.`,
            `${platform.en}: reminders stopped. Answer the buyer on the reason, without giving up your claim.`,
          )
        : hold.answered
          ? text(
              `Le client conteste la facture (message du ${since.fr}) et vous lui avez répondu : relances arrêtées jusqu’au règlement du différend.`,
              `The client disputes the invoice (message of ${since.en}) and you have answered: reminders stopped until the dispute is settled.`,
            )
          : text(
              `Le client conteste la facture (message du ${since.fr}) : relances arrêtées. Répondez-lui pour demander des précisions, sans renoncer à votre créance.`,
              `The client disputes the invoice (message of ${since.en}): reminders stopped. Answer to ask for specifics, without giving up your claim.`,
            );
      const next = hold.answered ? undefined : action('answer-dispute', 'dispute-answer', replyDay, reason);
      return { ...base, ...fields, status: 'stopped', ...(next ? { next } : {}), sendNow: { stage, templateId: 'dispute-answer' }, reason };
    }
    case 'plan-request': {
      const reason = text(
        `Le client demande un échéancier (message du ${since.fr}) : proposez-lui un calendrier de paiement.`,
        `The client asks for a payment plan (message of ${since.en}): offer a payment schedule.`,
      );
      return {
        ...base,
        ...fields,
        status: 'active',
        next: action('offer-payment-plan', 'payment-plan', replyDay, reason),
        sendNow: { stage, templateId: 'payment-plan' },
        reason,
      };
    }
    case 'info-request': {
      const platform = hold.platform && platformWords(hold.platform);
      const reason = platform
        ? text(`${platform.fr} : envoyez le document manquant à l’acheteur.`, `${platform.en}: send the buyer the missing document.`)
        : text(
            `Le client demande la facture ou vos coordonnées bancaires (message du ${since.fr}) : renvoyez-les.`,
            `The client asks for the invoice or your bank details (message of ${since.en}): send them again.`,
          );
      return {
        ...base,
        ...fields,
        status: 'active',
        next: action('resend-invoice', 'resend-invoice', replyDay, reason),
        sendNow: { stage, templateId: 'resend-invoice' },
        reason,
      };
    }
  }
}

/** "La plateforme Qonto indique la facture refusée (210) le 12 novembre 2026, motif : …". */
function platformWords(status: PlatformStatus): LocalizedText {
  const name = CDAR_STATUS_NAMES[status.code] ?? { fr: status.raw, en: status.raw };
  const platform = status.platform === 'pennylane' ? 'Pennylane' : 'Qonto';
  const on = status.on ? { fr: ` le ${spell(status.on).fr}`, en: ` on ${spell(status.on).en}` } : { fr: '', en: '' };
  const why = status.reason ? { fr: `, motif : ${status.reason}`, en: `, reason: ${status.reason}` } : { fr: '', en: '' };
  return {
    fr: `La plateforme ${platform} indique la facture « ${name.fr.toLowerCase()} » (${status.code})${on.fr}${why.fr}`,
    en: `The ${platform} platform reports the invoice "${name.en.toLowerCase()}" (${status.code})${on.en}${why.en}`,
  };
}

function sendNowFor(stage: StageId): { stage: StageId; templateId: TemplateId } {
  // After the formal notice, the next mail recalls it (its date, its deadline): it is never a new notice.
  return { stage, templateId: templateForStage(stage) ?? 'formal-notice-reminder' };
}

/** Days the debtor has to pay a missed instalment after its reminder, before the plan is broken: the formal-notice deadline. */
function followPlan(
  plan: NonNullable<TimelineFacts['plan']>,
  stages: { current: StageId; resume: StageId },
  currency: string,
  graceDays: number,
  region: HolidayRegion,
  today: string,
): { state: PlanState; ladder: Pick<LadderState, 'status' | 'next' | 'reason' | 'hold' | 'holdSince' | 'promisedDate'> } {
  const d = spell;
  const money = (minor: number): Money => ({ minor, currency });
  let cumulative = 0;
  const uncovered = plan.instalments.find((i) => (cumulative += i.amount.minor) > plan.paidMinor);
  const state: PlanState = { agreedOn: plan.agreedOn, instalments: plan.instalments, paid: money(plan.paidMinor), missed: false };
  const agreed = d(plan.agreedOn);
  const hold = { hold: 'plan' as const, holdSince: plan.agreedOn };
  if (!uncovered) {
    // Every instalment paid and still a balance: the plan did not cover it all, the ladder goes on for the rest.
    return {
      state: { ...state, broken: { on: today } },
      ladder: {
        status: 'active',
        reason: text(`Échéancier du ${agreed.fr} entièrement payé, mais un solde reste dû.`, `Payment plan of ${agreed.en} fully paid, but a balance remains.`),
      },
    };
  }
  state.nextInstalment = uncovered;
  const chaseOn = nextBusinessDay(addDays(uncovered.date, 1), region);
  const due = d(uncovered.date);
  if (uncovered.date >= today) {
    const reason = text(
      `Échéancier accepté le ${agreed.fr} : prochaine échéance le ${due.fr}. Aucune relance avant : une relance seulement si elle n’est pas payée, le ${d(chaseOn).fr}.`,
      `Payment plan agreed on ${agreed.en}: next instalment on ${due.en}. No reminder before it: one only if it is not paid, on ${d(chaseOn).en}.`,
    );
    return {
      state,
      ladder: {
        ...hold,
        promisedDate: uncovered.date,
        status: 'waiting',
        reason,
        next: { kind: 'instalment-missed', stage: stages.current, templateId: 'instalment-missed', date: chaseOn, dueNow: false, reason },
      },
    };
  }
  state.missed = true;
  const remindedOn = plan.missedReminderOn && plan.missedReminderOn > uncovered.date ? plan.missedReminderOn : undefined;
  if (!remindedOn) {
    const reason = text(
      `Échéance du ${due.fr} de l’échéancier non payée : rappelez-la au client.`,
      `Instalment of ${due.en} of the payment plan not paid: remind the client.`,
    );
    return {
      state,
      ladder: {
        ...hold,
        promisedDate: uncovered.date,
        status: 'active',
        reason,
        next: { kind: 'instalment-missed', stage: stages.current, templateId: 'instalment-missed', date: chaseOn, dueNow: chaseOn <= today, reason },
      },
    };
  }
  const brokenOn = nextBusinessDay(addDays(deadlineAfter(remindedOn, graceDays, region), 1), region);
  if (brokenOn > today) {
    const reason = text(
      `Échéance du ${due.fr} non payée, rappelée le ${d(remindedOn).fr}. Sans paiement, l’échéancier sera rompu et les relances reprendront le ${d(brokenOn).fr}.`,
      `Instalment of ${due.en} unpaid, recalled on ${d(remindedOn).en}. Without payment, the plan will be broken and reminders resume on ${d(brokenOn).en}.`,
    );
    return {
      state,
      ladder: {
        ...hold,
        promisedDate: uncovered.date,
        status: 'waiting',
        reason,
        next: {
          kind: stages.resume === 'formal-notice' ? 'send-formal-notice' : stages.resume === 'judicial' ? 'go-to-court' : 'send-reminder',
          stage: stages.resume,
          date: brokenOn,
          dueNow: false,
          reason,
        },
      },
    };
  }
  state.broken = { on: brokenOn };
  return {
    state,
    ladder: {
      status: 'active',
      reason: text(
        `Échéancier rompu : l’échéance du ${due.fr} est restée impayée malgré le rappel du ${d(remindedOn).fr} ; le solde est exigible.`,
        `Payment plan broken: the instalment of ${due.en} stayed unpaid despite the reminder of ${d(remindedOn).en}; the balance is due.`,
      ),
    },
  };
}

const STAGE_PURPOSE: Record<Exclude<StageId, 'none'>, (debtor: DebtorKind, deadlineDays: number) => LocalizedText> = {
  courtesy: () => text('Rappel de courtoisie avant l’échéance.', 'Courtesy reminder before the due date.'),
  reminder1: () => text('Première relance, courtoise : un simple oubli est possible.', 'First reminder, courteous: it may be an oversight.'),
  reminder2: (debtor) =>
    debtor === 'business'
      ? text(
          'Deuxième relance, ferme : pénalités de retard et indemnité forfaitaire de 40 € rappelées.',
          'Second reminder, firm: late-payment penalties and the €40 recovery indemnity recalled.',
        )
      : debtor === 'public'
        ? text(
            'Deuxième relance, ferme : intérêts moratoires et indemnité forfaitaire de 40 €, dus sans demande, rappelés.',
            'Second reminder, firm: late-payment interest and the €40 recovery indemnity, owed without any demand, recalled.',
          )
        : text('Deuxième relance, ferme.', 'Second reminder, firm.'),
  'last-reminder': () =>
    text('Dernière relance : annonce de la mise en demeure à une date précise.', 'Last reminder: announces the formal notice on a given date.'),
  'formal-notice': (_b, days) =>
    text(
      `Mise en demeure : lettre recommandée avec accusé de réception et copie par e-mail, délai de ${days} jours.`,
      `Formal notice: registered letter with acknowledgement of receipt and a copy by email, ${days}-day deadline.`,
    ),
  judicial: () =>
    text(
      'Étape judiciaire : si le délai de la mise en demeure expire sans paiement, voyez les recours possibles devant le juge.',
      'Court stage: if the formal notice deadline passes without payment, see the court options.',
    ),
};

interface LadderStep {
  kind: LadderActionKind;
  stage: StageId;
  date: string;
  reason: LocalizedText;
}

/** The next stage of the ladder and its date; stages are never skipped (except the optional courtesy one). */
function nextLadderStep(
  facts: TimelineFacts,
  invoice: Invoice,
  client: Client | undefined,
  settings: Settings,
  today: string,
  region: HolidayRegion,
): LadderStep {
  const d = spell;
  const debtor = client?.kind ?? 'business';
  const deadlineDays = settings.formalNoticeDeadlineDays;
  const { reached } = facts;
  const due = d(invoice.dueDate);

  if (reached.stage === 'judicial' || reached.stage === 'formal-notice') {
    const noticeStart = facts.formalNoticeReceivedOn ?? facts.formalNoticeOn ?? reached.on ?? today;
    const raw = reached.stage === 'judicial' ? (reached.on ?? today) : addDays(deadlineAfter(noticeStart, deadlineDays, region), 1);
    const date = nextBusinessDay(raw, region);
    const when =
      reached.stage === 'judicial'
        ? text('', '')
        : text(
            `Le délai de ${deadlineDays} jours court depuis le ${d(noticeStart).fr}${facts.formalNoticeUnclaimed ? ' (première présentation de la lettre, revenue « non réclamée » : la mise en demeure vaut quand même, Cass. 1re civ., 20 janvier 2021, n° 19-20.680)' : facts.formalNoticeReceivedOn ? ' (réception de la lettre)' : ' (envoi ; il court en réalité de la réception : notez l’accusé de réception dès son retour)'} ; recours possibles à partir du ${d(date).fr}.`,
            `The ${deadlineDays}-day deadline runs from ${d(noticeStart).en}${facts.formalNoticeUnclaimed ? ' (first presentation of the letter, returned unclaimed: the formal notice still counts, Cass. 1re civ., 20 January 2021, no. 19-20.680)' : facts.formalNoticeReceivedOn ? ' (letter received)' : ' (sending; it really runs from receipt: record the acknowledgement as soon as it comes back)'}; court options from ${d(date).en}.`,
          );
    return { kind: 'go-to-court', stage: 'judicial', date, reason: join(STAGE_PURPOSE.judicial(debtor, deadlineDays), when) };
  }

  const delays = settings.ladder;
  const skipCourtesy = !settings.courtesyEnabled || today >= invoice.dueDate || invoice.directDebitDate !== undefined;
  const stage = STAGES.slice(stageIndex(reached.stage) + 1).find((s) => !(s === 'courtesy' && skipCourtesy)) as keyof LadderDelays;
  const delay = delays[stage];
  let date = addDays(invoice.dueDate, delay);
  const offset = dayCount(Math.abs(delay));
  let when =
    delay === 0
      ? text(`Prévue le jour de l’échéance, le ${due.fr}`, `Planned on the due date, ${due.en}`)
      : text(
          `Prévue ${offset.fr} ${delay < 0 ? 'avant' : 'après'} l’échéance du ${due.fr}`,
          `Planned ${offset.en} ${delay < 0 ? 'before' : 'after'} the due date of ${due.en}`,
        );
  if (reached.on && reached.stage in delays) {
    const gap = delay - delays[reached.stage as keyof LadderDelays];
    const spaced = addDays(reached.on, gap);
    if (spaced > date) {
      date = spaced;
      when = text(
        `Prévue ${dayCount(gap).fr} après l’étape précédente, envoyée le ${d(reached.on).fr}`,
        `Planned ${dayCount(gap).en} after the previous stage, sent on ${d(reached.on).en}`,
      );
    }
  }
  // A mail that gave the debtor until a date is not followed by the next step before that date has passed.
  if (reached.on && STAGES_WITH_DEADLINE.has(reached.stage)) {
    const deadline = deadlineAfter(reached.on, deadlineDays, region);
    if (date <= deadline) {
      date = addDays(deadline, 1);
      when = text(
        `Prévue au lendemain du délai donné par l’étape précédente (${d(deadline).fr})`,
        `Planned the day after the deadline the previous step gave (${d(deadline).en})`,
      );
    }
  }
  if (facts.lastReplyMailOn && addDays(facts.lastReplyMailOn, GAP_AFTER_REPLY_DAYS) > date) {
    date = addDays(facts.lastReplyMailOn, GAP_AFTER_REPLY_DAYS);
    when = text(
      `Prévue une semaine après votre message du ${d(facts.lastReplyMailOn).fr}`,
      `Planned a week after your message of ${d(facts.lastReplyMailOn).en}`,
    );
  }
  if (invoice.directDebitDate && date <= invoice.directDebitDate) {
    date = addDays(invoice.directDebitDate, 1);
    when = text(
      `Pas de relance avant le prélèvement prévu le ${d(invoice.directDebitDate).fr}`,
      `No reminder before the direct debit due on ${d(invoice.directDebitDate).en}`,
    );
  }
  const businessDate = nextBusinessDay(date, region);
  const shifted =
    businessDate !== date
      ? text(`, reportée au premier jour ouvré, le ${d(businessDate).fr}.`, `, moved to the next business day, ${d(businessDate).en}.`)
      : text(` : le ${d(businessDate).fr}.`, `: ${d(businessDate).en}.`);
  const kind: LadderActionKind = stage === 'formal-notice' ? 'send-formal-notice' : 'send-reminder';
  return { kind, stage, date: businessDate, reason: join(STAGE_PURPOSE[stage](debtor, deadlineDays), text(when.fr + shifted.fr, when.en + shifted.en)) };
}

/** Folds the timeline (oldest first) into what the ladder needs. */
function readTimeline(events: TimelineEvent[], currency: string): TimelineFacts {
  const facts: TimelineFacts = { reached: { stage: 'none' }, paidMinor: 0, autoReplies: 0 };
  const reach = (stage: StageId, on: string) => {
    if (stageIndex(stage) >= stageIndex(facts.reached.stage)) facts.reached = { stage, on };
  };
  for (const event of activeEvents(events)) {
    const on = event.occurredOn;
    switch (event.kind) {
      case 'reminder-sent': {
        const data = event.data;
        const hold = facts.hold;
        if (isReplyTemplate(data.templateId)) {
          facts.lastReplyMailOn = on;
          if (data.templateId === 'instalment-missed' && facts.plan) facts.plan.missedReminderOn = on;
          if (hold?.kind === 'dispute' && data.templateId === 'dispute-answer') hold.answered = true;
          if (hold?.kind === 'promise' && data.templateId === 'promise-not-kept') facts.hold = undefined;
        } else {
          reach(data.stage, on);
          if (data.stage === 'formal-notice') facts.formalNoticeOn ??= on;
        }
        // A plan request is answered by a plan proposal only; an information request by any mail.
        if ((hold?.kind === 'plan-request' && data.templateId === 'payment-plan') || hold?.kind === 'info-request') facts.hold = undefined;
        break;
      }
      case 'letter-sent': {
        const data = event.data;
        if (data.kind === 'formal-notice') {
          facts.formalNoticeOn = data.sentOn;
          reach('formal-notice', data.sentOn);
        }
        break;
      }
      case 'acknowledgement-received':
        if (facts.formalNoticeOn) facts.formalNoticeReceivedOn = event.data.receivedOn;
        break;
      case 'reply-received': {
        const data = event.data;
        if (data.kind === 'auto-reply') facts.autoReplies += 1;
        else if (data.kind === 'promise') facts.hold = { kind: 'promise', since: on, ...(data.promisedDate ? { promisedDate: data.promisedDate } : {}) };
        else if (data.kind === 'paid') facts.hold = { kind: 'payment-claimed', since: on };
        else if (data.kind === 'dispute') facts.hold = { kind: 'dispute', since: on };
        else if (data.kind === 'plan') facts.hold = { kind: 'plan-request', since: on };
        else if (data.kind === 'info-request') facts.hold = { kind: 'info-request', since: on };
        break;
      }
      case 'promise': {
        const data = event.data;
        const promisedDate = data.promisedDate ?? (facts.hold?.kind === 'promise' ? facts.hold.promisedDate : undefined);
        facts.hold = { kind: 'promise', since: on, ...(promisedDate ? { promisedDate } : {}) };
        break;
      }
      case 'dispute':
        facts.hold = { kind: 'dispute', since: on };
        break;
      case 'plan-agreed': {
        const data = event.data;
        const instalments = data.instalments.filter((i) => i.amount.currency === currency).sort((a, b) => a.date.localeCompare(b.date));
        facts.plan = { agreedOn: on, instalments, paidMinor: 0 };
        if (facts.hold?.kind === 'plan-request' || facts.hold?.kind === 'promise') facts.hold = undefined;
        break;
      }
      case 'platform-status': {
        // 207 En litige / 210 Refusée stop the ladder with the platform's reason; 208 Suspendue waits for a document.
        const data = event.data;
        const effect = platformStatusEffect(data.code);
        if (effect === 'dispute') facts.hold = { kind: 'dispute', since: on, platform: data };
        else if (effect === 'suspended') facts.hold = { kind: 'info-request', since: on, platform: data };
        break;
      }
      case 'payment': {
        const data = event.data;
        if (data.amount.currency === currency) facts.paidMinor += data.amount.minor;
        if (data.amount.currency === currency && facts.plan) facts.plan.paidMinor += data.amount.minor;
        if (data.full) facts.settled = 'paid';
        else if (facts.hold?.kind === 'payment-claimed') facts.hold = undefined; // a partial payment answers the claim; the ladder goes on for the rest
        break;
      }
      case 'status-change': {
        const to = event.data.to;
        if (to === 'paid' || to === 'cancelled') facts.settled = to;
        else if (to === 'open') {
          facts.settled = undefined;
          facts.hold = undefined;
          facts.plan = undefined;
        } else if (to === 'disputed' && facts.hold?.kind !== 'dispute')
          facts.hold = { kind: 'dispute', since: on }; // the event that disputed it holds its own reason
        else if (to === 'payment-claimed') facts.hold = { kind: 'payment-claimed', since: on };
        else if (to === 'promised' && facts.hold?.kind !== 'promise') facts.hold = { kind: 'promise', since: on };
        break;
      }
      case 'stage-change':
        facts.reached = { stage: event.data.to, on };
        break;
      default:
        break;
    }
  }
  // Without an acknowledgement, a letter returned unclaimed is received on its first presentation.
  const unclaimed = facts.formalNoticeOn && !facts.formalNoticeReceivedOn ? unclaimedLetter(activeEvents(events)) : undefined;
  if (unclaimed) {
    facts.formalNoticeReceivedOn = unclaimed.presentedOn ?? unclaimed.returnedOn;
    facts.formalNoticeUnclaimed = true;
  }
  return facts;
}

export interface ClientLadderInput {
  client: Client;
  invoices: Array<{ invoice: Invoice; events: TimelineEvent[] }>;
  today: string;
  settings: Settings;
  region?: HolidayRegion;
}

export interface ClientLadderState {
  clientId: string;
  /** Overdue invoices one grouped reminder covers (ladder running, no debtor reply holding it), oldest due date first. */
  covered: string[];
  /** The oldest invoice covered (listed first in the mail). */
  oldestInvoiceId?: string;
  /** The invoice whose step the group follows: the most advanced one. */
  leadInvoiceId?: string;
  stage: StageId;
  next?: LadderAction;
  sendNow?: { stage: StageId; templateId: TemplateId };
  /** What the covered invoices still owe, one entry per currency. */
  amountDue: Money[];
  reason: LocalizedText;
  /** Each invoice's own state, held ones (promise, dispute...) included, by invoice id. */
  invoices: Record<string, LadderState>;
}

/** One reminder per client for all their overdue invoices (settings.groupByClient): the stage follows the most advanced. */
export function computeClientLadder(input: ClientLadderInput): ClientLadderState {
  const { client, today, settings } = input;
  const states: Record<string, LadderState> = {};
  for (const { invoice, events } of input.invoices) states[invoice.id] = computeLadder({ invoice, client, events, today, settings, region: input.region });
  const covered = input.invoices
    .map((entry) => entry.invoice)
    .filter((inv) => states[inv.id].status === 'active' && !states[inv.id].hold && states[inv.id].daysLate > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
  const totals = new Map<string, number>();
  for (const inv of covered) totals.set(inv.amountDue.currency, (totals.get(inv.amountDue.currency) ?? 0) + inv.amountDue.minor);
  const amountDue = Array.from(totals).map(([currency, minor]) => ({ minor, currency }));
  const oldest = covered[0];
  if (!oldest) {
    return {
      clientId: client.id,
      covered: [],
      stage: 'none',
      amountDue,
      invoices: states,
      reason: text('Aucune facture échue à relancer pour ce client.', 'No overdue invoice to chase for this client.'),
    };
  }
  // The group's mail takes the most advanced step of the invoices it covers (the oldest on a tie): an invoice at
  // "last reminder" must not be chased again as "a simple oversight" because a newer one is in the same mail.
  const stepOf = (id: string) => stageIndex(states[id].next?.stage ?? states[id].stage);
  const leader = covered.reduce((best, inv) => (stepOf(inv.id) > stepOf(best.id) ? inv : best), oldest);
  const lead = states[leader.id];
  const group = text(
    `Une seule relance pour ${covered.length === 1 ? 'la facture échue' : `les ${covered.length} factures échues`} de ce client ; l’étape suit la plus avancée (${leader.number}).`,
    `One reminder for this client's ${covered.length === 1 ? 'overdue invoice' : `${covered.length} overdue invoices`}; the stage follows the most advanced one (${leader.number}).`,
  );
  const reason = join(group, lead.reason);
  return {
    clientId: client.id,
    covered: covered.map((inv) => inv.id),
    oldestInvoiceId: oldest.id,
    leadInvoiceId: leader.id,
    stage: lead.stage,
    ...(lead.next ? { next: { ...lead.next, reason } } : {}),
    ...(lead.sendNow ? { sendNow: lead.sendNow } : {}),
    amountDue,
    reason,
    invoices: states,
  };
}
