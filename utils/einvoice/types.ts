import type { Money } from '../mail/types';

/** The facts read from an e-invoice (Factur-X / ZUGFeRD / XRechnung CII, or UBL), see CONTRACT.md. */
export interface EInvoice {
  syntax: 'CII' | 'UBL';
  /** BT-24 specification identifier, e.g. "urn:factur-x.eu:1p0:basicwl". */
  profile?: string;
  /** UNTDID 1001: 380 invoice, 381 credit note, 384 corrected invoice, 751 information only, ... */
  typeCode: string;
  number: string;
  issueDate: string;
  /** BT-9; with several payment terms (discount terms), the latest date. */
  dueDate?: string;
  currency: string;
  seller: { name: string; vatId?: string; siren?: string; electronicAddress?: ElectronicAddress };
  buyer: { name: string; email?: string; vatId?: string; siren?: string; electronicAddress?: ElectronicAddress };
  /** BT-112 grand total with tax. */
  total: Money;
  /** BT-115 amount due: the grand total minus what was prepaid, plus rounding. Negative for a credit. */
  amountDue: Money;
  /** BT-113, when the XML states it. */
  prepaid?: Money;
  /** A credit note (381 and the other credit codes) or any document whose amount due is negative: nothing to chase. */
  creditNote: boolean;
  /** Payment by (SEPA) direct debit, means 59 or 49: the seller debits the buyer, so no chasing before that date. */
  directDebit?: { dueDate?: string; mandateId?: string };
  /** BT-84 payee account, spaces removed. */
  iban?: string;
  /** BT-23 business process: in France the billing framework ("cadre de facturation": B1 goods, S1 services, M1 mixed…). */
  billingFramework?: string;
  /** The BAR note of French invoices (2026 reform): B2B, B2C, B2BINT, OUTOFSCOPE…; B2C means consumer rules. */
  operationCategory?: string;
  /** The PMT (recovery fee) and PMD (late-payment penalties) notes, as written. */
  paymentNotes?: { recoveryFee?: string; penalties?: string };
  /** EXTENDED-CTC-FR (customization id of the French reform). */
  ctcFr?: boolean;
}

/** BT-34 / BT-49 electronic address with its scheme (0225: the French e-invoicing directory, 0002: SIREN, EM: e-mail). */
export interface ElectronicAddress {
  id: string;
  scheme?: string;
}

/** Why no e-invoice could be read from the bytes. */
export type EInvoiceFailureReason =
  | 'no-einvoice' // a plain PDF, an attachment that is not an invoice, or bytes that are neither PDF nor XML
  | 'encrypted' // the PDF is encrypted: its attachments cannot be read
  | 'too-large' // input over 20 MB, or an embedded stream inflating past 5 MB
  | 'corrupt' // the PDF or XML structure cannot be read
  | 'unsupported-filter' // the invoice stream uses a compression this reader does not know
  | 'doctype' // the XML declares a DOCTYPE (refused: entity expansion / external entities)
  | 'incomplete'; // an invoice XML without number, issue date, currency or amounts

export type EInvoiceReadResult =
  | { ok: true; invoice: EInvoice; source: { kind: 'pdf'; attachment: string } | { kind: 'xml' } }
  | { ok: false; reason: EInvoiceFailureReason; message: string };
