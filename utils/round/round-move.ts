import type { RoundView } from './round-view';

/** What the webmail tab does next for the round: open the stop's thread, put its reminder in, or wait for the user. */
export type RoundMove = { kind: 'open-thread'; threadId: string } | { kind: 'insert'; invoiceId: string } | { kind: 'wait' };

export interface RoundPage {
  /** The thread open in the webmail, if any. */
  threadId?: string;
  /** Invoices the sidebar shows for that thread (its answer has come). */
  shownInvoiceIds: string[];
  /** This stop's thread was already opened from this page: a user who then leaves it is not pulled back. */
  opened: boolean;
  /** This stop's reminder was already put in a compose from this page: never twice. */
  inserted: boolean;
}

/** Decided from plain facts so the order of a round is tested without a webmail. Never sends: the user does. */
export function roundMove(round: RoundView | undefined, page: RoundPage): RoundMove {
  const step = round?.status === 'running' ? round.current : undefined;
  if (!step || page.inserted) return { kind: 'wait' };
  const lead = step.invoiceIds[0];
  if (!step.threadId) return step.mail ? { kind: 'insert', invoiceId: lead } : { kind: 'wait' };
  if (page.threadId !== step.threadId) return page.opened ? { kind: 'wait' } : { kind: 'open-thread', threadId: step.threadId };
  // A step that is not a mail (confirm a payment, answer a dispute): the thread and its card are open, the user acts.
  return step.mail && page.shownInvoiceIds.includes(lead) ? { kind: 'insert', invoiceId: lead } : { kind: 'wait' };
}

/** Identifies a stop of a round: the same invoice put back with "later" is a new stop, with its own insertion. */
export function roundStepKey(round: RoundView): string {
  return round.current ? `${round.position}:${round.current.invoiceIds[0]}` : '';
}
