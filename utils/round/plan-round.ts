import type { InvoiceSummary } from '../model/view';

/** One stop of the round: one reminder to prepare, for one invoice or, grouped, for all of one client's due invoices. */
export interface RoundStep {
  /** The invoice the reminder is rendered for first; the others ride along in the grouped reminder. */
  invoiceIds: string[];
  numbers: string[];
  clientName: string;
  /** The thread the reminder answers; absent for invoices known only from an import or a service's notice (a new mail). */
  threadId?: string;
  /** A page of the webmail the invoice was read in, for a page outside the webmail to start from. */
  threadUrl?: string;
  /** The next step is a mail Relance writes (a reminder); otherwise (confirm a payment, answer a dispute, a letter) the user acts from the card. */
  mail: boolean;
}

/** Next steps that are a mail from a template, which the round puts in the reply. */
const MAIL_STEPS = new Set(['send-reminder', 'promise-not-kept', 'instalment-missed']);

/**
 * Today's list as the round's stops, in the list's order (most urgent first). With grouped reminders a client's
 * invoices are one stop, at the place of its most urgent invoice: one mail covers them all.
 */
export function planRound(due: readonly InvoiceSummary[], groupByClient: boolean): RoundStep[] {
  const steps: RoundStep[] = [];
  const byClient = new Map<string, RoundStep>();
  for (const invoice of due) {
    const joined = groupByClient ? byClient.get(invoice.clientId) : undefined;
    if (joined) {
      joined.invoiceIds.push(invoice.id);
      joined.numbers.push(invoice.number);
      continue;
    }
    const step: RoundStep = {
      invoiceIds: [invoice.id],
      numbers: [invoice.number],
      clientName: invoice.clientName,
      mail: MAIL_STEPS.has(invoice.nextActionKind ?? 'send-reminder'),
      ...(invoice.replyThreadId ? { threadId: invoice.replyThreadId } : {}),
      ...(invoice.threadUrl ? { threadUrl: invoice.threadUrl } : {}),
    };
    steps.push(step);
    byClient.set(invoice.clientId, step);
  }
  return steps;
}
