import { legalFormIsCommercial } from './merchant-status';
import type { DebtorKind } from '../model/client';

export type PaymentOrderCourtKind = 'tribunal-de-commerce' | 'tribunal-judiciaire';

export interface PaymentOrderCourtInput {
  debtorKind: DebtorKind;
  debtorLegalForm?: string;
  creditorLegalForm?: string;
  /** Known from the registry or the options; wins over the legal form. */
  debtorIsMerchant?: boolean;
  creditorIsMerchant?: boolean;
}

/**
 * The court an injonction de payer goes to (LEGAL.md fact 28): the président du tribunal de commerce for a commercial
 * debt between traders; otherwise the tribunal judiciaire, which a trader suing a non-trader must use and a non-trader
 * suing a trader may choose. Unknown status counts as not a trader: the tribunal judiciaire is never wrong for it.
 */
export function paymentOrderCourt(input: PaymentOrderCourtInput): PaymentOrderCourtKind {
  if (input.debtorKind !== 'business') return 'tribunal-judiciaire';
  const debtor = input.debtorIsMerchant ?? legalFormIsCommercial(input.debtorLegalForm);
  const creditor = input.creditorIsMerchant ?? legalFormIsCommercial(input.creditorLegalForm);
  return debtor === true && creditor === true ? 'tribunal-de-commerce' : 'tribunal-judiciaire';
}
