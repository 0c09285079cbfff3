import { detectInvoice } from '../detect/invoice';
import type { MailMessage, Money } from '../mail/types';
import type { SightingNotice } from '../model/mail-sighting';

/** What a mail must agree with to be about a tracked invoice. */
export interface InvoiceIdentity {
  number: string;
  total: Money;
  amountDue: Money;
  /** The debtor's addresses, lower case. */
  clientEmails: string[];
  /** The debtor's name and company as stored. */
  clientNames: string[];
}

/** An amount that is this invoice's total or what is left of it, in its currency. */
export function amountFits(amount: Money, invoice: InvoiceIdentity): boolean {
  return amount.currency === invoice.amountDue.currency && (amount.minor === invoice.total.minor || amount.minor === invoice.amountDue.minor);
}

const lower = (email: string | undefined) => (email ?? '').trim().toLowerCase();

/**
 * A thread feeds a tracked invoice when it names the invoice's number, the debtor takes part in it (writes, or is
 * written to), and no mail in it is another invoice with that number (same number, other amount).
 */
export function threadFeedsInvoice(messages: MailMessage[], numbersNamed: string[], invoice: InvoiceIdentity): boolean {
  if (!numbersNamed.includes(invoice.number)) return false;
  const debtor = new Set(invoice.clientEmails.map(lower));
  const parties = messages.flatMap((m) => [m.from, ...m.to, ...(m.cc ?? [])]);
  if (!parties.some((p) => debtor.has(lower(p?.email)))) return false;
  return !messages.some((m) => {
    if (!m.subject.includes(invoice.number) && !m.text.includes(invoice.number)) return false;
    const other = detectInvoice(m);
    return other?.number === invoice.number && !!other.amountDue && !amountFits(other.amountDue, invoice);
  });
}

/** Letters and digits only, lower case, no accents: "ATELIER BOIS & CO" → "atelierboisco". */
function squeeze(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Whether a customer named by a notice is this debtor: by address, or a name that contains or is contained in theirs. */
function sameCustomer(notice: SightingNotice, invoice: InvoiceIdentity): boolean {
  if (notice.clientEmail) return invoice.clientEmails.map(lower).includes(lower(notice.clientEmail));
  if (!notice.clientName) return true;
  const named = squeeze(notice.clientName);
  if (named.length < 3) return true;
  const domains = invoice.clientEmails.map((e) => lower(e).split('@')[1]?.split('.')[0] ?? '');
  return [...invoice.clientNames, ...domains].map(squeeze).some((known) => known.length >= 3 && (known.includes(named) || named.includes(known)));
}

/**
 * A service's or bank's notice naming `number` is about this invoice when the number is the invoice's, the amount
 * (when given) is its total or what is left in its currency, and the customer it names (when it names one) is the debtor.
 */
export function noticeMatchesInvoice(notice: SightingNotice, number: string, invoice: InvoiceIdentity): boolean {
  if (number !== invoice.number) return false;
  if (notice.amount && !amountFits(notice.amount, invoice)) return false;
  return sameCustomer(notice, invoice);
}
