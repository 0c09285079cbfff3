import { foldText } from '../detect/fold';
import { findInvoiceNumber } from '../detect/invoice-number';
import { lookalikeKind } from '../detect/lookalike';
import { cleanMailText } from '../detect/mail-text';
import { classifyServiceNotice } from '../detect/service-notice';
import type { MailMessage } from '../mail/types';

/** A quote, pro forma, credit note or order carrying the number is not about the invoice that bears it. */
const NOT_ABOUT_AN_INVOICE = new Set(['quote', 'proforma', 'credit-note', 'order', 'payslip']);

/** The invoice number a mail names (subject, body, attachment names, a service's notice), or undefined. */
export function invoiceNumberNamed(message: MailMessage): string | undefined {
  const subject = cleanMailText(message.subject, 500);
  const body = cleanMailText(message.text);
  const foldedSubject = foldText(subject);
  const foldedBody = foldText(body);
  const look = lookalikeKind(foldedSubject, foldedBody);
  if (look && NOT_ABOUT_AN_INVOICE.has(look)) return undefined;
  const number =
    classifyServiceNotice(message)?.number ??
    findInvoiceNumber({ subject, foldedSubject, body, foldedBody, attachmentNames: (message.attachments ?? []).map((a) => a.name) });
  return number?.trim() || undefined;
}

/** Every invoice number the thread's mails name: a reply that does not repeat the number belongs to them too. */
export function invoiceNumbersNamed(messages: MailMessage[]): string[] {
  const numbers = new Set<string>();
  for (const message of messages) {
    const number = invoiceNumberNamed(message);
    if (number) numbers.add(number);
  }
  return [...numbers];
}
