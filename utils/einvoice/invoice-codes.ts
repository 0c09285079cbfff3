/**
 * UNTDID 1001 document codes that are credit notes: the EN 16931 credit-note list (81, 83, 261, 262, 296, 308,
 * 381, 396, 420, 458, 532) and the French reform's self-billed/factored variants (502, 503).
 */
const CREDIT_NOTE_CODES = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '502', '503', '532']);

/** UNTDID 4461 payment means where the seller debits the buyer: 49 direct debit, 59 SEPA direct debit. */
const DIRECT_DEBIT_CODES = new Set(['49', '59']);

/** True for a credit note code, or any document whose amount due is negative (a "negative invoice"). */
export function isCreditNote(typeCode: string, amountDueMinor: number): boolean {
  return CREDIT_NOTE_CODES.has(typeCode) || amountDueMinor < 0;
}

/** True when one of the payment means codes is a direct debit. */
export function hasDirectDebit(paymentMeansCodes: readonly string[]): boolean {
  return paymentMeansCodes.some((code) => DIRECT_DEBIT_CODES.has(code));
}
