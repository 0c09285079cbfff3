import type { Money } from '../mail/types';
import type { StageId } from './stage';

/** Where an invoice is in its life; the ladder only runs on `open` and `promised`. */
export type InvoiceStatus = 'open' | 'promised' | 'disputed' | 'payment-claimed' | 'paid' | 'cancelled';

/** How we learned about an invoice; an invoice may have several (mail + e-invoice + CSV). */
export type InvoiceSourceKind = 'mail' | 'einvoice' | 'csv' | 'manual' | 'connector';

export interface InvoiceSource {
  kind: InvoiceSourceKind;
  /** Webmail thread id for `mail`, file name for `einvoice`/`csv`, service name for `connector`. */
  ref?: string;
  /** The service's own id of the invoice, for `connector`: re-read to learn it was paid or voided. */
  externalId?: string;
  /** Which webmail the thread lives in, for `mail`. */
  webmail?: 'gmail' | 'outlook';
  /** The invoicing service whose notice the thread is (Stripe, Pennylane…): the debtor is not in that thread. */
  service?: string;
  addedAt: string;
}

export interface Invoice {
  id: string;
  number: string;
  clientId: string;
  issueDate: string; // YYYY-MM-DD
  /** No source gave the issue date (a CSV without it, a mail whose date could be read two ways): `issueDate` is only a
   * stand-in for computations (the due date); reminders, letters and lists never print it. */
  issueDateUnknown?: boolean;
  dueDate: string; // YYYY-MM-DD
  /** What was invoiced, tax included. */
  total: Money;
  /** What is still owed: total minus recorded payments. */
  amountDue: Money;
  status: InvoiceStatus;
  stage: StageId;
  /** YYYY-MM-DD of the next ladder action; absent when the ladder is stopped or done. */
  nextActionDate?: string;
  /** What that action is (utils/legal/ladder.ts LadderActionKind), kept with its date for lists. */
  nextActionKind?: string;
  /** Paused by the user (not by a promise): the ladder waits until resumed. */
  paused?: boolean;
  /** YYYY-MM-DD: put off by the user ("mettre en pause 7 jours" in the round): no next step before that day. */
  snoozedUntil?: string;
  /** Annual percent written in the invoice terms; absent = legal default. */
  contractualRate?: number;
  /** When the work or service was finished, as the user entered it: prescription runs from it (legal/prescription.ts). */
  workFinishedOn?: string;
  /** The debtor pays by SEPA direct debit on this date: no chasing before it. */
  directDebitDate?: string;
  sources: InvoiceSource[];
  /** Every webmail thread the invoice was seen in (multiEntry index). */
  threadIds: string[];
  /** URL that reopens the invoice's mail thread (dashboard, popup). */
  threadUrl?: string;
  paymentLink?: string;
  createdAt: string; // ISO timestamp
  updatedAt: string; // ISO timestamp
  /** Bumped on every write; a write carrying an older revision is refused (two tabs at once). */
  rev: number;
  /** Hash of the last timeline event ('' before the first) and how many there are, written with them by the store: dropping the last events no longer verifies. */
  chainHead?: string;
  eventCount?: number;
}
