import { foldText } from '../detect/fold';
import { findInvoiceNumber } from '../detect/invoice-number';
import { lookalikeKind } from '../detect/lookalike';
import { cleanMailText } from '../detect/mail-text';
import { historyStart } from '../detect/quoted-text';
import { classifyServiceNotice, type ServiceNotice } from '../detect/service-notice';
import type { MailMessage } from '../mail/types';

/** A quote, pro forma, credit note or order carrying the number is not about the invoice that bears it. */
const NOT_ABOUT_AN_INVOICE = new Set(['quote', 'proforma', 'credit-note', 'order', 'payslip']);

/** What a read mail says about invoices: the number it names, and the service's notice it is, if any. */
export interface MailFacts {
  number?: string;
  notice?: ServiceNotice;
}

/**
 * The invoice number a mail names (subject, body, attachment names, a service's notice), and the notice it is.
 * `ownText`: only the words its author wrote, not the quoted history (a thread's history is read once, not per reply).
 * `account`: the user's own mails are never a service's notice (and classifying one costs the most).
 */
export function readMailFacts(message: MailMessage, { ownText = false, account }: { ownText?: boolean; account?: string } = {}): MailFacts {
  const subject = cleanMailText(message.subject, 500);
  const full = cleanMailText(message.text);
  const foldedFull = foldText(full);
  const end = ownText ? historyStart(foldedFull) : foldedFull.length;
  const body = full.slice(0, end);
  const foldedSubject = foldText(subject);
  const foldedBody = foldedFull.slice(0, end);
  const look = lookalikeKind(foldedSubject, foldedBody);
  const fromUser = !!account && message.from.email.trim().toLowerCase() === account.trim().toLowerCase();
  const notice = (!fromUser && classifyServiceNotice(message)) || undefined;
  if (look && NOT_ABOUT_AN_INVOICE.has(look)) return { notice };
  const number =
    notice?.number ?? findInvoiceNumber({ subject, foldedSubject, body, foldedBody, attachmentNames: (message.attachments ?? []).map((a) => a.name) });
  return { number: number?.trim() || undefined, notice };
}

/**
 * Every invoice number the thread's mails name (a reply that does not repeat the number belongs to them too), with
 * what each mail is. Each mail is read without its quoted history; only when none names a number is the latest one
 * read whole (a reply quoting a reminder sent from another thread). `read` may remember earlier answers.
 */
export function invoiceNumbersNamed(
  messages: MailMessage[],
  account?: string,
  read: typeof readMailFacts = readMailFacts,
): { numbers: string[]; facts: Map<string, MailFacts> } {
  const numbers = new Set<string>();
  const facts = new Map<string, MailFacts>();
  for (const message of messages) {
    const found = read(message, { ownText: true, account });
    facts.set(message.id, found);
    if (found.number) numbers.add(found.number);
  }
  const latest = messages[messages.length - 1];
  if (!numbers.size && latest) {
    const quoted = read(latest, { account }).number;
    if (quoted) numbers.add(quoted);
  }
  return { numbers: [...numbers], facts };
}
