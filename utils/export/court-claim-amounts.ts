import { formalNoticeAmounts, type FormalNoticeAmounts } from './formal-notice-amounts';
import type { PaymentOrderInput } from './payment-order';

/**
 * The figures a court claim states (the requête, the small-claims dossier), the same on the same day. Consumers owe
 * legal interest from the day they received the notice (C. civ. 1231-6, 1344-1), as in amount-owed.ts.
 */
export function courtClaimAmounts({ debtor, invoices, asOf, formalNotice, rates }: PaymentOrderInput): FormalNoticeAmounts {
  return formalNoticeAmounts({
    debtorKind: debtor.kind,
    invoices,
    asOf,
    formalNoticeDate: formalNotice ? (formalNotice.deliveredOn ?? formalNotice.date) : undefined,
    rates,
  });
}
