import type { Money } from '../mail/types';
import type { Client, DebtorKind } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { LadderDelays, Settings } from '../model/settings';
import { STAGES, type StageId } from '../model/stage';
import { templateForStage, type TemplateId } from '../templates/template-id';
import { deadlineAfter, holidayRegionFor, nextBusinessDay, type HolidayRegion } from './holidays';
import { addDays, daysBetween, maxDate } from '../calendar/iso-date';
import { holdFromStatus, readTimeline, stageIndex, type Hold, type TimelineFacts } from './ladder-facts';
import { ladderText } from './ladder-wording';
import { proceedingsReason } from './proceedings-reason';

import type { LocalizedText } from './localized-text';
import { compareCodeUnits } from '../model/compare-code-units';

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

const NO_REASON: LocalizedText = { fr: '', en: '' };
const join = (...parts: LocalizedText[]): LocalizedText => ({ fr: parts.map((p) => p.fr).join(' '), en: parts.map((p) => p.en).join(' ') });

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
  const reason = ladderText('putOff', until);
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
    reason: NO_REASON,
    amountDue: invoice.amountDue,
    paid: { minor: facts.paidMinor, currency: invoice.amountDue.currency },
    daysLate: Math.max(0, daysBetween(invoice.dueDate, today)),
    ignoredAutoReplies: facts.autoReplies,
  };
  if (facts.formalNoticeOn) base.formalNoticeOn = facts.formalNoticeOn;
  if (facts.formalNoticeReceivedOn) base.formalNoticeReceivedOn = facts.formalNoticeReceivedOn;

  const settled = invoice.status === 'paid' || invoice.status === 'cancelled' ? invoice.status : facts.settled;
  if (settled || invoice.amountDue.minor <= 0) {
    const reason = ladderText(settled === 'cancelled' ? 'cancelled' : 'paid');
    return { ...base, status: 'done', reason };
  }
  // A debtor in collective proceedings (BODACC) is no longer chased: the claim is declared instead.
  if (client?.proceedings) return { ...base, status: 'stopped', reason: proceedingsReason(client.proceedings) };

  const step = nextLadderStep(facts, invoice, client, settings, today, region);
  const sendNow = sendNowFor(step.stage);
  const hold = facts.hold ?? holdFromStatus(invoice, today);

  if (invoice.paused || client?.paused) {
    const reason = ladderText('paused', !invoice.paused);
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

function holdState(base: LadderState, hold: Hold, facts: TimelineFacts, ladderStage: StageId, region: HolidayRegion, today: string): LadderState {
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
  switch (hold.kind) {
    case 'promise': {
      const promised = hold.promisedDate ?? addDays(hold.since, PROMISE_WITHOUT_DATE_DAYS);
      const date = nextBusinessDay(addDays(promised, 1), region);
      const reason = today <= promised ? ladderText('promiseRunning', promised, date) : ladderText('promiseNotKept', promised);
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
      const reason = ladderText('paymentClaimed', hold.since);
      return { ...base, ...fields, status: 'waiting', next: action('confirm-payment', undefined, replyDay, reason), sendNow: sendNowFor(ladderStage), reason };
    }
    case 'dispute': {
      const reason = hold.platform
        ? ladderText('disputeOnPlatform', hold.platform)
        : hold.answered
          ? ladderText('disputeAnswered', hold.since)
          : ladderText('dispute', hold.since);
      const next = hold.answered ? undefined : action('answer-dispute', 'dispute-answer', replyDay, reason);
      return { ...base, ...fields, status: 'stopped', ...(next ? { next } : {}), sendNow: { stage, templateId: 'dispute-answer' }, reason };
    }
    case 'plan-request': {
      const reason = ladderText('planRequest', hold.since);
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
      const reason = hold.platform ? ladderText('missingDocumentOnPlatform', hold.platform) : ladderText('infoRequest', hold.since);
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
  const money = (minor: number): Money => ({ minor, currency });
  let cumulative = 0;
  const uncovered = plan.instalments.find((i) => (cumulative += i.amount.minor) > plan.paidMinor);
  const state: PlanState = { agreedOn: plan.agreedOn, instalments: plan.instalments, paid: money(plan.paidMinor), missed: false };
  const hold = { hold: 'plan' as const, holdSince: plan.agreedOn };
  if (!uncovered) {
    // Every instalment paid and still a balance: the plan did not cover it all, the ladder goes on for the rest.
    return {
      state: { ...state, broken: { on: today } },
      ladder: {
        status: 'active',
        reason: ladderText('planPaidBalanceLeft', plan.agreedOn),
      },
    };
  }
  state.nextInstalment = uncovered;
  const chaseOn = nextBusinessDay(addDays(uncovered.date, 1), region);
  // While the plan stands, it holds the ladder and the open instalment's date is the date promised.
  const heldBy = (status: 'waiting' | 'active', next: LadderAction) => ({
    state,
    ladder: { ...hold, promisedDate: uncovered.date, status, reason: next.reason, next },
  });
  const chaseInstalment = (dueNow: boolean, reason: LocalizedText): LadderAction => ({
    kind: 'instalment-missed',
    stage: stages.current,
    templateId: 'instalment-missed',
    date: chaseOn,
    dueNow,
    reason,
  });
  if (uncovered.date >= today) return heldBy('waiting', chaseInstalment(false, ladderText('planNextInstalment', plan.agreedOn, uncovered.date, chaseOn)));
  state.missed = true;
  const remindedOn = plan.missedReminderOn && plan.missedReminderOn > uncovered.date ? plan.missedReminderOn : undefined;
  if (!remindedOn) return heldBy('active', chaseInstalment(chaseOn <= today, ladderText('instalmentMissed', uncovered.date)));
  const brokenOn = nextBusinessDay(addDays(deadlineAfter(remindedOn, graceDays, region), 1), region);
  if (brokenOn > today) {
    return heldBy('waiting', {
      kind: stages.resume === 'formal-notice' ? 'send-formal-notice' : stages.resume === 'judicial' ? 'go-to-court' : 'send-reminder',
      stage: stages.resume,
      date: brokenOn,
      dueNow: false,
      reason: ladderText('instalmentRecalled', uncovered.date, remindedOn, brokenOn),
    });
  }
  state.broken = { on: brokenOn };
  return {
    state,
    ladder: {
      status: 'active',
      reason: ladderText('planBroken', uncovered.date, remindedOn),
    },
  };
}

/** What each stage is for, the first half of a planned step's reason. */
function stagePurpose(stage: Exclude<StageId, 'none'>, debtor: DebtorKind, deadlineDays: number): LocalizedText {
  switch (stage) {
    case 'courtesy':
      return ladderText('courtesy');
    case 'reminder1':
      return ladderText('reminder1');
    case 'reminder2':
      return ladderText('reminder2', debtor);
    case 'last-reminder':
      return ladderText('lastReminder');
    case 'formal-notice':
      return ladderText('formalNotice', deadlineDays);
    case 'judicial':
      return ladderText('judicial');
  }
}

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
  const debtor = client?.kind ?? 'business';
  const deadlineDays = settings.formalNoticeDeadlineDays;
  const { reached } = facts;

  if (reached.stage === 'judicial' || reached.stage === 'formal-notice') {
    const noticeStart = facts.formalNoticeReceivedOn ?? facts.formalNoticeOn ?? reached.on ?? today;
    const raw = reached.stage === 'judicial' ? (reached.on ?? today) : addDays(deadlineAfter(noticeStart, deadlineDays, region), 1);
    const date = nextBusinessDay(raw, region);
    const basis = facts.formalNoticeUnclaimed ? 'unclaimed' : facts.formalNoticeReceivedOn ? 'received' : 'sent';
    const when = reached.stage === 'judicial' ? NO_REASON : ladderText('noticeDeadline', deadlineDays, noticeStart, basis, date);
    return { kind: 'go-to-court', stage: 'judicial', date, reason: join(stagePurpose('judicial', debtor, deadlineDays), when) };
  }

  const delays = settings.ladder;
  const skipCourtesy = !settings.courtesyEnabled || today >= invoice.dueDate || invoice.directDebitDate !== undefined;
  const stage = STAGES.slice(stageIndex(reached.stage) + 1).find((s) => !(s === 'courtesy' && skipCourtesy)) as keyof LadderDelays;
  const delay = delays[stage];
  let date = addDays(invoice.dueDate, delay);
  let when = delay === 0 ? ladderText('plannedOnDueDate', invoice.dueDate) : ladderText('plannedFromDueDate', Math.abs(delay), delay < 0, invoice.dueDate);
  if (reached.on && reached.stage in delays) {
    const gap = delay - delays[reached.stage as keyof LadderDelays];
    const spaced = addDays(reached.on, gap);
    if (spaced > date) {
      date = spaced;
      when = ladderText('plannedAfterPreviousStage', gap, reached.on);
    }
  }
  // A mail that gave the debtor until a date is not followed by the next step before that date has passed.
  if (reached.on && STAGES_WITH_DEADLINE.has(reached.stage)) {
    const deadline = deadlineAfter(reached.on, deadlineDays, region);
    if (date <= deadline) {
      date = addDays(deadline, 1);
      when = ladderText('plannedAfterPreviousDeadline', deadline);
    }
  }
  if (facts.lastReplyMailOn && addDays(facts.lastReplyMailOn, GAP_AFTER_REPLY_DAYS) > date) {
    date = addDays(facts.lastReplyMailOn, GAP_AFTER_REPLY_DAYS);
    when = ladderText('plannedAfterYourMessage', facts.lastReplyMailOn);
  }
  if (invoice.directDebitDate && date <= invoice.directDebitDate) {
    date = addDays(invoice.directDebitDate, 1);
    when = ladderText('noReminderBeforeDirectDebit', invoice.directDebitDate);
  }
  const businessDate = nextBusinessDay(date, region);
  const shifted = ladderText('plannedDay', businessDate, businessDate !== date);
  const kind: LadderActionKind = stage === 'formal-notice' ? 'send-formal-notice' : 'send-reminder';
  return { kind, stage, date: businessDate, reason: join(stagePurpose(stage, debtor, deadlineDays), { fr: when.fr + shifted.fr, en: when.en + shifted.en }) };
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
    .sort((a, b) => compareCodeUnits(a.dueDate, b.dueDate) || compareCodeUnits(a.number, b.number));
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
      reason: ladderText('noOverdueForClient'),
    };
  }
  // The group's mail takes the most advanced step of the invoices it covers (the oldest on a tie): an invoice at
  // "last reminder" must not be chased again as "a simple oversight" because a newer one is in the same mail.
  const stepOf = (id: string) => stageIndex(states[id].next?.stage ?? states[id].stage);
  const leader = covered.reduce((best, inv) => (stepOf(inv.id) > stepOf(best.id) ? inv : best), oldest);
  const lead = states[leader.id];
  const group = ladderText('groupedReminder', covered.length, leader.number);
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
