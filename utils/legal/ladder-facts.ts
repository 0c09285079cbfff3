/** What the ladder reads from an invoice's timeline: the stage reached, what holds it, payments, plan, formal notice. */
import type { Money } from '../mail/types';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { platformStatusEffect, type PlatformStatus } from '../model/platform-status';
import { STAGES, type StageId } from '../model/stage';
import { isReplyTemplate } from '../templates/template-id';
import { activeEvents } from './active-events';
import type { LadderHold } from './ladder';
import { unclaimedLetter } from './unclaimed-letter';
import { compareCodeUnits } from '../model/compare-code-units';

export const stageIndex = (stage: StageId) => STAGES.indexOf(stage);

export interface Hold {
  kind: Exclude<LadderHold, 'plan'>;
  since: string;
  promisedDate?: string;
  answered?: boolean;
  /** Set when the hold comes from the e-invoicing platform's status rather than from the debtor's mail. */
  platform?: PlatformStatus;
}

export interface TimelineFacts {
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

/** Invoice.status set by hand without a timeline event still holds the ladder. */
export function holdFromStatus(invoice: Invoice, today: string): Hold | undefined {
  const since = /^\d{4}-\d{2}-\d{2}/.test(invoice.updatedAt) ? invoice.updatedAt.slice(0, 10) : today;
  if (invoice.status === 'disputed') return { kind: 'dispute', since };
  if (invoice.status === 'payment-claimed') return { kind: 'payment-claimed', since };
  return undefined;
}

/** Folds the timeline (oldest first) into what the ladder needs. */
export function readTimeline(events: TimelineEvent[], currency: string): TimelineFacts {
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
        const instalments = data.instalments.filter((i) => i.amount.currency === currency).sort((a, b) => compareCodeUnits(a.date, b.date));
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
