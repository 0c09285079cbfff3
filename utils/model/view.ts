import type { PlanState } from '../legal/ladder';
import type { PendingLetter } from '../legal/pending-letter';
import type { InvoiceCandidate } from '../detect/invoice';
import type { ShownEvent } from './shown-event';
import type { Money } from '../mail/types';
import type { Client, DebtorKind } from './client';
import type { Invoice } from './invoice';
import type { ShownInvoice } from './shown-invoice';
import type { StageId } from './stage';
import type { CourtStepId } from '../legal/court-steps';
import type { PaymentOrderCourtKind } from '../legal/payment-order-court';

/** Plain data the background serves to the sidebar, the dashboard and the popup. */

/** Fields found in a thread (detection's candidate), editable by the user before tracking. */
export interface CandidateView extends Omit<InvoiceCandidate, 'source' | 'reasons'> {
  /** Facts read from a Factur-X/UBL attachment rather than the mail text. */
  fromEInvoice?: boolean;
  /** The message the invoice was found in. */
  messageId: string;
  /** No issue date: the mails' dates could be read two ways (day/month) and none is written in the text. */
  mailDateAmbiguous?: boolean;
  /** The thread reminds of or answers about this invoice: offered as "track that invoice", never as a new one. */
  chasing?: boolean;
  /** Only the learned invoice reader read it (utils/detect/invoice-model.ts): the user checks every field. */
  learned?: boolean;
}

export interface NextActionView {
  kind: string;
  stage: StageId;
  templateId?: string;
  date?: string;
  /** The date has come: the action waits for the user now. */
  dueNow: boolean;
  reason: string;
}

/** What computeAmountOwed (utils/legal/amount-owed.ts) says the invoice owes today. */
export interface ChargesView {
  days: number;
  /** Owed at the due date, before payments. */
  principal: Money;
  paid: Money;
  /** principal − paid. */
  outstanding: Money;
  interest: Money;
  indemnity: Money;
  total: Money;
  /** Non-EUR invoice: the 40 € owed in euros, apart from the total. */
  indemnityOutsideTotal?: Money;
  /** Semesters missing from the rate table ("2027-S1"): the last known rate was used until the user enters theirs. */
  unknownRates: string[];
  note?: string;
}

/** A document the judicial stage prepares. */
export type CourtDocument = 'payment-order' | 'small-claims-dossier';

/** From the formal notice on: the court routes explained, and the steps Relance prepares, in the order to try them. */
export interface JudicialView {
  summary: string;
  options: Array<{ title: string; explanation: string; form?: string; caution?: string }>;
  steps: Array<{ id: CourtStepId; title: string; cost: string; duration: string; document?: CourtDocument; link?: { url: string; label: string } }>;
  /** Where the requête goes: the kind from the parties, the debtor's commune when its postcode is known, the official finder. */
  court: { kind: PaymentOrderCourtKind; label: string; postcode?: string; finderUrl: string };
  /** What the law asks that Relance cannot do (lawyer above 10 000 €, service within 3 months…). */
  warnings: string[];
}

export interface InvoiceView {
  invoice: ShownInvoice;
  client: Client;
  daysLate: number;
  charges: ChargesView;
  next?: NextActionView;
  stageLabel: string;
  /** Why the ladder holds (promise, dispute, pause...), one paragraph each. */
  notes: string[];
  /** The accepted payment plan the ladder follows, if any (legal/ladder.ts PlanState). */
  plan?: PlanState;
  /** The schedule the payment-plan mail proposes (or proposed), to prefill an accepted plan. */
  planProposal: Array<{ date: string; amount: Money }>;
  /** Last day to bring the claim before a court, with how close it is (C. com. L110-4 / C. conso. L218-2). */
  prescription: { lastDay: string; warning: 'none' | 'approaching' | 'imminent' | 'expired'; reason: string; startsOn: string; workFinishedOn?: string };
  /** From the formal notice on: the court routes that fit this case, in plain words. */
  judicial?: JudicialView;
  /** While the debtor's collective proceedings are open: the last day to declare the claim (legal/claim-deadline.ts). */
  claimDeadline?: string;
  /** The whole timeline, as the panel shows it (shown-event.ts). */
  timeline: ShownEvent[];
  /** The registered letter waiting for its acknowledgement, read from the timeline. */
  letter?: PendingLetter;
  chain: { intact: boolean; brokenAt?: number };
  threadUrl?: string;
  /** Payment notices read (in any thread, before or after tracking) that match the invoice: the user confirms. */
  paymentOffers?: PaymentNoticeView[];
  /** Every thread the invoice was seen in, to open from the sidebar or the dashboard. */
  threads?: Array<{ threadId: string; url: string; subject: string }>;
  /** Just tracked, the mailbox's replies about it not read yet: the sidebar holds its actions and asks again. */
  readingReplies?: true;
}

/** The view but its timeline: what the card, the law and the plan show, unchanged when only a new event came. */
export type InvoiceFacts = Omit<InvoiceView, 'timeline'>;

export interface InvoiceSummary {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  clientKind: DebtorKind;
  amountDue: Money;
  dueDate: string;
  issueDate: string;
  daysLate: number;
  status: Invoice['status'];
  stage: StageId;
  nextActionDate?: string;
  nextActionKind?: string;
  /** Reminders paused by the user, for this invoice or its whole client. */
  paused: boolean;
  threadUrl?: string;
  threadIds: string[];
  /** The thread a reminder answers (utils/model/reply-thread.ts); absent: a new mail. */
  replyThreadId?: string;
}

/** An invoicing service or the bank says a tracked invoice was paid: the user confirms in one click. */
export interface PaymentNoticeView {
  invoiceId: string;
  number: string;
  clientName: string;
  amount: Money;
  service: string;
  /** The service or bank as the user knows it ("Qonto"). */
  serviceName: string;
  messageId: string;
  receivedOn: string;
}

/** What the sidebar shows for the open thread. */
export interface ThreadState {
  /** The thread's e-invoice is a credit note (not a debt), or is paid by SEPA direct debit (no chasing before it). */
  einvoiceNote?: 'credit-note' | 'direct-debit';
  /** Payment notices in this thread matching tracked invoices shown elsewhere, not yet confirmed. */
  payments?: PaymentNoticeView[];
  tracked: InvoiceView[];
  candidate?: CandidateView;
  /** Shown when the thread has nothing: what needs action today. */
  today: InvoiceSummary[];
}
