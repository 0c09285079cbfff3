import { describe, expect, it } from 'vitest';
import { primaryAction } from '../../../utils/content/primary-action';
import type { InvoiceView, NextActionView } from '../../../utils/model/view';

const view = (status: InvoiceView['invoice']['status'], next?: Partial<NextActionView>, offers = 0): InvoiceView =>
  ({
    invoice: { status },
    next: next && { kind: 'send-reminder', stage: 'reminder1', dueNow: true, reason: '', ...next },
    paymentOffers: Array.from({ length: offers }, () => ({})),
  }) as unknown as InvoiceView;

describe('the card’s main button follows the next step', () => {
  it('confirms a payment the debtor claims or a bank notices, before any reminder', () => {
    expect(primaryAction(view('payment-claimed', { kind: 'confirm-payment' }))).toEqual({ kind: 'confirm-payment' });
    expect(primaryAction(view('open', { kind: 'send-reminder' }, 1))).toEqual({ kind: 'confirm-payment' });
  });

  it('answers the debtor when their message calls for it, once its day has come', () => {
    expect(primaryAction(view('disputed', { kind: 'answer-dispute' }))).toEqual({ kind: 'insert', label: 'sb_action_answer_dispute' });
    expect(primaryAction(view('open', { kind: 'resend-invoice' }))).toEqual({ kind: 'insert', label: 'sb_action_resend_invoice' });
    expect(primaryAction(view('promised', { kind: 'promise-not-kept', dueNow: false }))).toBeUndefined();
    expect(primaryAction(view('promised', { kind: 'promise-not-kept', dueNow: true }))).toEqual({ kind: 'insert', label: 'sb_action_promise_not_kept' });
  });

  it('inserts the reminder only when a reminder is the next step, and offers nothing on a settled invoice', () => {
    expect(primaryAction(view('open', { kind: 'send-reminder' }))).toEqual({ kind: 'insert', label: 'sb_insert' });
    expect(primaryAction(view('paid', { kind: 'send-reminder' }))).toBeUndefined();
    expect(primaryAction(view('cancelled'))).toBeUndefined();
  });
});
