import type { Money } from '../mail/types';
import { EInvoiceError } from './einvoice-error';
import { hasDirectDebit, isCreditNote } from './invoice-codes';
import { decimalToMinor } from './minor-units';
import { partyName, sirenOf, type SchemedId } from './party-ids';
import type { EInvoice } from './types';

/** What a syntax mapper (CII, UBL) reads, still as the XML's strings. */
export interface InvoiceFields {
  syntax: EInvoice['syntax'];
  profile?: string;
  typeCode: string;
  number?: string;
  issueDate?: string;
  /** Every due date found (several with discount terms). */
  dueDates: string[];
  currency?: string;
  seller: PartyFields;
  buyer: PartyFields & { email?: string };
  grandTotal?: string;
  amountDue?: string;
  prepaid?: string;
  paymentMeansCodes: string[];
  iban?: string;
  mandateId?: string;
  billingFramework?: string;
  /** Document notes with their subject code (BT-21/BT-22): BAR, PMT, PMD… */
  notes: Array<{ subject?: string; text: string }>;
}

export interface PartyFields {
  name?: string;
  vatId?: string;
  ids: SchemedId[];
  electronicAddress?: SchemedId;
}

/** Turns mapped XML strings into an EInvoice; 'incomplete' when the facts needed to track it are missing. */
export function assembleInvoice(fields: InvoiceFields): EInvoice {
  const currency = fields.currency?.toUpperCase();
  if (!fields.number || !fields.issueDate || !currency || !/^[A-Z]{3}$/.test(currency)) {
    throw new EInvoiceError('incomplete', 'the invoice XML lacks its number, issue date or currency');
  }
  const money = (value: string | undefined): Money | undefined => {
    const minor = value === undefined ? undefined : decimalToMinor(value, currency);
    return minor === undefined ? undefined : { minor, currency };
  };
  const total = money(fields.grandTotal);
  // ZUGFeRD 1.0 BASIC has no DuePayableAmount: the grand total is what is due.
  const amountDue = money(fields.amountDue) ?? total;
  if (!amountDue) throw new EInvoiceError('incomplete', 'the invoice XML states no amount');
  const dueDate = fields.dueDates.sort().at(-1);
  const invoice: EInvoice = {
    syntax: fields.syntax,
    typeCode: fields.typeCode,
    number: fields.number,
    issueDate: fields.issueDate,
    currency,
    seller: party(fields.seller),
    buyer: { ...party(fields.buyer), ...(fields.buyer.email ? { email: fields.buyer.email } : {}) },
    total: total ?? amountDue,
    amountDue,
    creditNote: isCreditNote(fields.typeCode, amountDue.minor),
  };
  if (fields.profile) invoice.profile = fields.profile;
  if (dueDate) invoice.dueDate = dueDate;
  const prepaid = money(fields.prepaid);
  if (prepaid) invoice.prepaid = prepaid;
  const iban = fields.iban?.replace(/\s/g, '').toUpperCase();
  if (iban) invoice.iban = iban;
  if (fields.billingFramework) invoice.billingFramework = fields.billingFramework;
  const note = (subject: string) => fields.notes.find((n) => n.subject?.toUpperCase() === subject)?.text;
  const bar = note('BAR')?.trim().toUpperCase();
  if (bar) invoice.operationCategory = bar;
  const recoveryFee = note('PMT');
  const penalties = note('PMD');
  if (recoveryFee || penalties) invoice.paymentNotes = { ...(recoveryFee ? { recoveryFee } : {}), ...(penalties ? { penalties } : {}) };
  if (fields.profile && /extended-ctc-fr/i.test(fields.profile)) invoice.ctcFr = true;
  if (hasDirectDebit(fields.paymentMeansCodes)) {
    invoice.directDebit = {
      ...(dueDate ? { dueDate } : {}),
      ...(fields.mandateId ? { mandateId: fields.mandateId } : {}),
    };
  }
  return invoice;
}

function party(fields: PartyFields): EInvoice['seller'] {
  const result: EInvoice['seller'] = { name: partyName(fields.name) };
  const vatId = fields.vatId?.replace(/\s/g, '');
  if (vatId) result.vatId = vatId;
  const siren = sirenOf(fields.ids, vatId);
  if (siren) result.siren = siren;
  const address = fields.electronicAddress;
  if (address?.id) result.electronicAddress = { id: address.id, ...(address.scheme ? { scheme: address.scheme } : {}) };
  return result;
}
