import type { Money } from '../mail/types';
import { epcQrPayload } from '../payment/epc-qr';
import { invoicesRemittanceText } from '../payment/remittance-text';
import type { DocumentBlock } from './document-blocks';
import type { Language } from '../model/language';

export interface PaymentQrInput {
  creditor: { name: string; iban?: string };
  /** What the payer should transfer. */
  amount: Money;
  invoiceNumbers: string[];
  language: Language;
}

const CAPTION = {
  fr: 'Payer en un scan : QR code de virement SEPA (norme EPC), lu par les applications bancaires',
  en: 'Pay in one scan: SEPA transfer QR code (EPC standard), read by banking apps',
};

/**
 * The SEPA payment QR code (EPC069-12) for these invoices, or undefined when it cannot be made: no IBAN, an amount not
 * in euros, or a field the standard refuses (a name over 70 characters, a mistyped IBAN): the bank details stay in words.
 */
export function paymentQrBlock(input: PaymentQrInput): Extract<DocumentBlock, { kind: 'payment-qr' }> | undefined {
  if (!input.creditor.iban || input.amount.currency !== 'EUR' || input.amount.minor <= 0) return undefined;
  try {
    const payload = epcQrPayload({
      name: input.creditor.name,
      iban: input.creditor.iban,
      amount: input.amount,
      text: invoicesRemittanceText(input.invoiceNumbers, input.language),
    });
    return { kind: 'payment-qr', payload, caption: CAPTION[input.language] };
  } catch {
    return undefined;
  }
}
