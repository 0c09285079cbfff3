import type { Money } from '../mail/types';
import { minorToDecimal } from '../templates/format-money';
import { ibanProblem, normalizeIban } from '../validate/iban';

export interface EpcQrInput {
  /** Beneficiary (the creditor), at most 70 characters. */
  name: string;
  iban: string;
  /** Optional since version 002 inside the EEA. */
  bic?: string;
  /** In euros, positive; absent: the payer types it. */
  amount?: Money;
  /** Structured creditor reference (ISO 11649 "RF…"); exclusive with `text`. */
  reference?: string;
  /** Unstructured remittance text, e.g. "Factures F-12, F-13", at most 140 characters. */
  text?: string;
}

// EPC069-12 v3.0 (SEPA credit transfer QR, "GiroCode"), section 4: field limits and the payload's maximum size.
const MAX_NAME = 70;
const MAX_TEXT = 140;
const MAX_REFERENCE = 35;
const MAX_BYTES = 331;
const MAX_AMOUNT_MINOR = 99_999_999_999; // EUR 999999999.99

/**
 * The payload of a SEPA credit-transfer QR code (EPC069-12 version 002, UTF-8, SCT): one field a line, trailing empty
 * lines dropped. Throws an Error naming the field when the bank apps would refuse it.
 */
export function epcQrPayload(input: EpcQrInput): string {
  const name = singleLine(input.name, 'name');
  if (name === '') throw new Error('EPC QR: the beneficiary name is empty');
  if ([...name].length > MAX_NAME) throw new Error(`EPC QR: the beneficiary name has more than ${MAX_NAME} characters`);
  const iban = normalizeIban(input.iban);
  const problem = ibanProblem(iban);
  if (problem) throw new Error(`EPC QR: invalid IBAN ${iban.slice(0, 40)} (${problem === 'checksum' ? 'checksum mod 97' : problem})`);
  const bic = input.bic === undefined ? '' : input.bic.replace(/\s+/g, '').toUpperCase();
  if (bic !== '' && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) throw new Error(`EPC QR: invalid BIC ${bic.slice(0, 20)}`);
  const reference = input.reference === undefined ? '' : input.reference.replace(/\s+/g, '').toUpperCase();
  const text = input.text === undefined ? '' : singleLine(input.text, 'text');
  if (reference !== '' && text !== '') throw new Error('EPC QR: give either a structured reference or a remittance text, not both');
  if (reference !== '' && !/^[A-Z0-9]+$/.test(reference)) throw new Error('EPC QR: the reference may only hold letters and digits');
  if (reference.length > MAX_REFERENCE) throw new Error(`EPC QR: the reference has more than ${MAX_REFERENCE} characters`);
  if ([...text].length > MAX_TEXT) throw new Error(`EPC QR: the remittance text has more than ${MAX_TEXT} characters`);

  const lines = ['BCD', '002', '1', 'SCT', bic, name, iban, input.amount ? amountField(input.amount) : '', '', reference, text];
  while (lines[lines.length - 1] === '') lines.pop();
  const payload = lines.join('\n');
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > MAX_BYTES) throw new Error(`EPC QR: the payload is ${bytes} bytes, over the ${MAX_BYTES} allowed`);
  return payload;
}

/** "EUR1250.5" is allowed by the standard, but "EUR1250.50" is what every bank app reads: always two decimals. */
function amountField(amount: Money): string {
  if (amount.currency !== 'EUR') throw new Error(`EPC QR: SEPA transfers are in euros, not ${amount.currency}`);
  if (!Number.isInteger(amount.minor) || amount.minor <= 0) throw new Error(`EPC QR: the amount must be positive (${amount.minor} cents)`);
  if (amount.minor > MAX_AMOUNT_MINOR) throw new Error('EPC QR: the amount is over EUR 999999999.99');
  return `EUR${minorToDecimal(amount)}`;
}

/** A field on one line: a line break would shift every following field. */
function singleLine(value: string, field: string): string {
  const trimmed = value.trim();
  if (/[\r\n]/.test(trimmed)) throw new Error(`EPC QR: the ${field} holds a line break`);
  return trimmed;
}
