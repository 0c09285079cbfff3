import type { InvoiceFacts } from '../model/view';

/** What the card's main button does: the next step, whatever it is (issue 14: not always "insert the reminder"). */
export type PrimaryAction =
  | { kind: 'confirm-payment' }
  /** Insert the next step's mail: the stage's reminder, or a reply (answer a dispute, resend the invoice…). */
  | {
      kind: 'insert';
      label: 'sb_insert' | 'sb_action_answer_dispute' | 'sb_action_offer_payment_plan' | 'sb_action_resend_invoice' | 'sb_action_promise_not_kept';
    };

const REPLY_LABELS = {
  'answer-dispute': 'sb_action_answer_dispute',
  'offer-payment-plan': 'sb_action_offer_payment_plan',
  'resend-invoice': 'sb_action_resend_invoice',
  'promise-not-kept': 'sb_action_promise_not_kept',
} as const;

/**
 * The main button for a tracked invoice: confirming a payment when one is claimed or noticed, the reply the debtor's
 * message calls for once its day has come, the reminder only when a reminder is the next step; none when the
 * invoice is settled or waits on the debtor.
 */
export function primaryAction(view: InvoiceFacts): PrimaryAction | undefined {
  const { invoice, next } = view;
  if (invoice.status === 'paid' || invoice.status === 'cancelled') return undefined;
  if (view.paymentOffers?.length || invoice.status === 'payment-claimed' || next?.kind === 'confirm-payment') return { kind: 'confirm-payment' };
  if (!next || next.kind === 'send-reminder' || next.kind === 'send-formal-notice') return { kind: 'insert', label: 'sb_insert' };
  const reply = REPLY_LABELS[next.kind as keyof typeof REPLY_LABELS];
  if (reply && next.dueNow) return { kind: 'insert', label: reply };
  return undefined;
}
