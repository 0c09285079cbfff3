import type { Money } from '../mail/types';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { activeEvents } from './active-events';
import { computeLateCharges, type LateCharges } from './late-charges';
import { RATE_TABLE, type SemesterRates } from './rates';
import { isReplyTemplate } from '../templates/template-id';
import type { DebtorKind } from '../model/client';

/** The mise en demeure as the timeline records it, corrections applied. */
export interface FormalNoticeFacts {
  /** Day it first left (registered letter or e-mail). */
  sentOn: string;
  /** Day the debtor had it: the acknowledgement of receipt, the e-mail's day, else the sending day. */
  receivedOn: string;
  /** Registered letter's sending day and number, when one was recorded. */
  letter?: { sentOn: string; trackingNumber?: string };
  /** Day an e-mail (copy or sole notice) left. */
  emailOn?: string;
}

export interface AmountOwedInput {
  invoice: Pick<Invoice, 'total' | 'amountDue' | 'dueDate'> & Partial<Pick<Invoice, 'contractualRate'>>;
  debtor: DebtorKind;
  /** The invoice's timeline, in any order; corrected events are left out. */
  events: readonly TimelineEvent[];
  asOf: string;
  /** The penalty rate of the user's terms (settings), used when the invoice carries none. */
  defaultContractualRate?: number;
  /** Rate table with the user's semesters (effectiveRateTable); default: the shipped one. */
  rates?: readonly SemesterRates[];
  /** The formal notice is the letter written on `asOf` itself, when the timeline holds none yet. */
  formalNoticeOnAsOf?: boolean;
}

export interface AmountOwed extends LateCharges {
  /** What was owed at the due date, before the payments recorded since. */
  principal: Money;
  /** The rate applied from the terms (invoice, else settings); absent: the legal default. */
  contractualRate?: number;
  formalNotice?: FormalNoticeFacts;
}

/**
 * What an invoice owes on a day: principal, dated payments, the invoice's or the settings' rate, interest from the
 * formal notice's receipt for consumers, every correction applied. Every surface (sidebar, mails, letter, dossier,
 * dashboard) shows this one result, so they cannot disagree.
 */
export function computeAmountOwed(input: AmountOwedInput): AmountOwed {
  const { invoice } = input;
  const currency = invoice.amountDue.currency;
  const active = activeEvents(input.events);
  const payments = active
    .filter((e): e is TimelineEvent<'payment'> => e.kind === 'payment' && e.data.amount.currency === currency)
    .map((e) => ({ on: e.data.receivedOn, amount: e.data.amount }));
  // Every recorded payment (corrected ones too) was taken off amountDue when it was recorded: adding them back gives
  // the principal. An overpayment took amountDue only down to 0, so the sum is capped at what was owed.
  const recorded = input.events.filter((e): e is TimelineEvent<'payment'> => e.kind === 'payment' && e.data.amount.currency === currency);
  const recordedMinor = recorded.reduce((s, e) => s + e.data.amount.minor, 0);
  const principal: Money = { minor: Math.min(invoice.amountDue.minor + recordedMinor, principalCap(invoice, input.events, active)), currency };
  const formalNotice = formalNoticeOf(active);
  const contractualRate = invoice.contractualRate ?? input.defaultContractualRate;
  const noticeDay = formalNotice?.receivedOn ?? (input.formalNoticeOnAsOf ? input.asOf : undefined);
  const charges = computeLateCharges(
    {
      principal,
      dueDate: invoice.dueDate,
      asOf: input.asOf,
      debtor: input.debtor,
      ...(contractualRate !== undefined && input.debtor === 'business' ? { contractualRate } : {}),
      ...(input.debtor === 'consumer' && noticeDay ? { formalNoticeDate: noticeDay } : {}),
      payments,
    },
    input.rates ?? RATE_TABLE,
  );
  return {
    ...charges,
    principal,
    ...(contractualRate !== undefined && input.debtor === 'business' ? { contractualRate } : {}),
    ...(formalNotice ? { formalNotice } : {}),
  };
}

/**
 * The most the principal can be: what was owed when the invoice was tracked, as its 'invoice-tracked' event holds
 * it, so a deposit or credit note already off the total is never owed again. Events tracked before they held the
 * amount, and invoices an import corrected since (a bare 'correction': its new amount is only in the reason's text),
 * fall back to the invoiced total, or the amount due when larger.
 */
function principalCap(invoice: AmountOwedInput['invoice'], events: readonly TimelineEvent[], active: readonly TimelineEvent[]): number {
  const currency = invoice.amountDue.currency;
  const tracked = active.find((e): e is TimelineEvent<'invoice-tracked'> => e.kind === 'invoice-tracked')?.data.amountDue;
  const correctedSince = events.some((e) => e.kind === 'correction' && !e.corrects);
  if (tracked?.currency === currency && !correctedSince) return tracked.minor;
  return Math.max(invoice.total.currency === currency ? invoice.total.minor : 0, invoice.amountDue.minor);
}

/** The first formal notice of a timeline already cleared of corrected events (activeEvents), with its receipt. */
export function formalNoticeOf(active: readonly TimelineEvent[]): FormalNoticeFacts | undefined {
  let letter: FormalNoticeFacts['letter'];
  let emailOn: string | undefined;
  // Receipts and statuses of registered letters, with the letter's tracking number where they name it.
  const acknowledged: Array<{ on: string; trackingNumber?: string }> = [];
  const presented: Array<{ on: string; trackingNumber?: string }> = [];
  const returned: Array<{ on: string; trackingNumber?: string }> = [];
  for (const event of active) {
    if (event.kind === 'letter-sent') {
      const data = event.data;
      if (data.kind === 'formal-notice' && (!letter || data.sentOn < letter.sentOn))
        letter = { sentOn: data.sentOn, ...(data.trackingNumber ? { trackingNumber: data.trackingNumber } : {}) };
    } else if (event.kind === 'reminder-sent') {
      const data = event.data;
      if (data.stage === 'formal-notice' && !isReplyTemplate(data.templateId) && (!emailOn || event.occurredOn < emailOn)) emailOn = event.occurredOn;
    } else if (event.kind === 'acknowledgement-received') acknowledged.push({ on: event.data.receivedOn, trackingNumber: event.data.trackingNumber });
    else if (event.kind === 'letter-status') {
      const { status, on, trackingNumber } = event.data;
      if (status === 'presented' || status === 'notice-left') presented.push({ on, trackingNumber });
      else if (status === 'returned') returned.push({ on, trackingNumber });
    }
  }
  if (!letter && !emailOn) return undefined;
  const sentOn = [letter?.sentOn, emailOn].filter((d): d is string => !!d).sort()[0];
  // The debtor had it on the first of: the e-mail's day, the letter's receipt (its signed acknowledgement, else, come back
  // unclaimed, its first presentation), else (no proof yet) its sending day. Only what happened to this letter counts:
  // on or after the day it left, and under its tracking number where both name one (not an earlier registered letter).
  const ours = (facts: Array<{ on: string; trackingNumber?: string }>) =>
    facts
      .filter((f) => letter && f.on >= letter.sentOn && (!f.trackingNumber || !letter.trackingNumber || f.trackingNumber === letter.trackingNumber))
      .map((f) => f.on)
      .sort()[0];
  const letterReceived = letter && (ours(acknowledged) ?? (ours(returned) ? ours(presented) : undefined) ?? letter.sentOn);
  const receivedOn = [letterReceived, emailOn].filter((d): d is string => !!d).sort()[0];
  return { sentOn, receivedOn, ...(letter ? { letter } : {}), ...(emailOn ? { emailOn } : {}) };
}
