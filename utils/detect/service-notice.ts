/** Recognises mails sent by invoicing services (Stripe, Pennylane, Qonto, Xero, …) and says what they announce. */
import type { MailMessage, Money } from '../mail/types';
import { findAmounts, type AmountContext } from './amount';
import { pickAmountDue } from './amount-due';
import { foldText } from './fold';
import { findInvoiceNumber } from './invoice-number';
import { INVOICING_SERVICES, sendsFromService, type InvoicingService } from './invoicing-services';
import { lookalikeKind } from './lookalike';
import { cleanMailText } from './mail-text';

export type ServiceNoticeKind = 'new-invoice' | 'service-reminder' | 'payment-received';

export interface ServiceNotice {
  /** Service id from invoicing-services.ts: 'stripe', 'pennylane', … */
  service: string;
  kind: ServiceNoticeKind;
  number?: string;
  amount?: Money;
  /** The business that issued the invoice ("Studio Lumen" in "Studio Lumen via Stripe"). */
  issuerName?: string;
  /** The customer billed, when the mail names it. */
  clientName?: string;
  /** The customer's address, when a notice to the user gives it ("envoyée à X (x@client.fr)"). */
  clientEmail?: string;
  /** The words that decided the kind, for the UI. */
  phrase?: string;
}

const VIA_NAME = /^(.+?)\s+(?:via|par|through|avec)\s+(.+)$/;
const FOOTER =
  /(powered by|propulse par|envoye (avec|via|depuis|par)|sent (with|via|from|using)|created with|creee? (avec|sur)|facture creee avec|ce (message|mail|courriel|e-mail) a ete envoye (depuis|via|par)|via|pour le compte de .{1,60} via)\s+([a-z0-9 ]{3,20})/g;

const PAID =
  /\b(vous avez recu un virement|virement recu|transfer received|you(?:'ve| have)? received (?:a transfer|a payment|[$€£]|eur|usd|gbp)|your receipt|votre recu|recu de paiement|^recu de |receipt from|receipt #|recu n ?o|payment received|paiement recu|received a payment|received your payment|thank(s| you) for your payment|merci pour votre (paiement|reglement)|a ete recu|has been (paid|received|marked as paid)|marquee? comme payee|amount paid|montant paye|date paid|invoice paid|facture (payee|reglee)|payment succeeded|paiement reussi|paid (your )?invoice|a (paye|regle) (la |votre )?facture|^payment of \S+ from )\b/;
const REMINDER =
  /\b(reminder|rappel|relance|overdue|past due|en retard|echue|arrivee a echeance|n'a pas encore ete reglee|is now overdue|reste impayee|remains unpaid|was due|etait a regler|not (yet )?received (your )?payment|pas (encore )?recu votre (paiement|reglement))\b/;
const INVOICE = /\b(invoice|facture|bill)\b/;

/** First match of `re` not inside a condition ("if you have already paid", "si vous avez déjà réglé"). */
function unconditional(re: RegExp, folded: string, kind: ServiceNoticeKind): { kind: ServiceNoticeKind; phrase: string } | undefined {
  const global = new RegExp(re.source, 'gm');
  for (const m of folded.matchAll(global)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (!/\b(if|si|unless|sauf si|once)\b[^.\n]*$/.test(before)) return { kind, phrase: m[0] };
  }
  return undefined;
}

/** Which service sent the mail, from the From display name, the From/Reply-To domains, footers and links; undefined when none. */
function serviceOf(message: MailMessage, foldedBody: string): InvoicingService | undefined {
  const fromName = foldText(message.from?.name ?? '');
  const viaTail = VIA_NAME.exec(fromName)?.[2];
  const footers = [...foldedBody.matchAll(FOOTER)].map((m) => m[m.length - 1]);
  return INVOICING_SERVICES.find(
    (s) =>
      (viaTail !== undefined && s.name.test(viaTail)) ||
      sendsFromService(s, message.from?.email) ||
      footers.some((f) => s.name.test(f)) ||
      (s.links?.test(foldedBody) ?? false) ||
      // The service's own name as the whole display name ("Tiime", "Pennylane"), not a person called Abby.
      new RegExp(`^(${s.name.source})$`).test(fromName.trim()),
  );
}

function issuerOf(message: MailMessage, service: InvoicingService, body: string, foldedBody: string): string | undefined {
  const name = (message.from?.name ?? '').trim();
  const via = /^(.+?)\s+(?:via|par|through)\s+\S.*$/i.exec(name);
  if (via) return via[1].trim();
  if (name && !service.name.test(foldText(name))) return name;
  // "émise par Coiffure Sandra d'un montant…", "invoice from Acme Ltd for…"
  const m = /\b(?:emise par|envoyee par|de la part de|issued by)\s+(.{2,60}?)(?=\s+(?:d'un|pour|for|of|du|de \d|a regler)\b|[,.\n])/.exec(foldedBody);
  return m ? body.slice(m.index + m[0].length - m[1].length, m.index + m[0].length).trim() : undefined;
}

// A notice to the user names the customer: "a été envoyée à Librairie Ardoise (helene@…)", "sent to X", "Client : X", "Émetteur : X".
const SENT_TO = /(?:envoy[ée]e?s?|sent|[ée]mise?)\s+(?:à|a|to)\s+([^\n(—–]{2,60}?)(?:\s*\(([^()\s]+@[^()\s]+)\))?\s*(?:[.,—–]|$)/im;
const CLIENT_LINE = /^\s*(?:client|customer|[ée]metteur|payer|payeur|from)\s*:\s*(.{2,60}?)\s*$/im;

/** The customer a notice to the user is about, with its address when given. */
function namedClient(text: string): { name: string; email?: string } | undefined {
  const found = [...text.matchAll(new RegExp(SENT_TO.source, 'gim'))].filter((m) => !/\d{2}/.test(m[1]));
  const sent = found.find((m) => m[2]) ?? found[0];
  if (sent) return { name: sent[1].trim(), email: sent[2] };
  const line = CLIENT_LINE.exec(text);
  return line ? { name: line[1].trim() } : undefined;
}

function clientOf(message: MailMessage, kind: ServiceNoticeKind, subject: string, foldedSubject: string, body: string): string | undefined {
  const named = namedClient(`${subject}\n${body}`);
  if (named) return named.name;
  const forClient = /\b(?:invoice|facture)\b.*\s(?:for|pour)\s+(.{2,60})$/.exec(foldedSubject);
  if (forClient && !/\d/.test(forClient[1])) return subject.slice(subject.length - forClient[1].length).trim();
  const fromClient = /\b(?:payment|paiement|received|recu)\b.*\s(?:from|de)\s+(.{2,60})$/.exec(foldedSubject);
  if (kind === 'payment-received' && fromClient) return subject.slice(subject.length - fromClient[1].length).trim();
  if (kind === 'payment-received') return undefined;
  return message.to?.[0]?.name?.trim() || undefined;
}

function receiptNumber(foldedText: string, text: string): string | undefined {
  const m = /\b(?:receipt|recu)\s*(?:#|n ?o\.?|number|numero)\s*:?\s*([a-z0-9][a-z0-9-]*[0-9])/.exec(foldedText);
  return m ? text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length) : undefined;
}

/** What an invoicing service's mail announces (a new invoice, a reminder, a payment), or null when it is not such a mail. */
export function classifyServiceNotice(message: MailMessage): ServiceNotice | null {
  try {
    const subject = cleanMailText(message.subject, 500);
    const body = cleanMailText(message.text);
    const foldedSubject = foldText(subject);
    const foldedBody = foldText(body);
    const service = serviceOf(message, foldedBody);
    if (!service) return null;
    const all = `${foldedSubject}\n${foldedBody}`;
    const bodyLook = lookalikeKind('', foldedBody);
    // "sent you an invoice" with "Thank you for your order" in the seller's note is the invoice, not an order.
    const look = lookalikeKind(foldedSubject, '') ?? (bodyLook === 'order' && INVOICE.test(foldedSubject) ? undefined : bodyLook);
    if (look === 'quote' || look === 'proforma' || look === 'credit-note' || look === 'order' || look === 'payslip' || look === 'invoice-activity') return null;
    const sources = { subject, foldedSubject, body, foldedBody, attachmentNames: (message.attachments ?? []).map((a) => a.name) };
    const invoiceNumber = findInvoiceNumber(sources);
    // A service's newsletter talks about invoices without carrying one.
    if (look === 'newsletter' && !invoiceNumber) return null;
    const decided =
      unconditional(PAID, foldedSubject, 'payment-received') ??
      unconditional(REMINDER, foldedSubject, 'service-reminder') ??
      unconditional(PAID, foldedBody, 'payment-received') ??
      unconditional(REMINDER, foldedBody, 'service-reminder') ??
      unconditional(INVOICE, all, 'new-invoice');
    if (!decided) return null;
    const kind = decided.kind;

    const number = invoiceNumber ?? (kind === 'payment-received' ? receiptNumber(all, `${subject}\n${body}`) : undefined);
    const context: AmountContext = { fallbackCurrency: 'EUR' };
    const amounts = findAmounts(all, context);
    const amount =
      kind === 'payment-received'
        ? amounts.reduce<Money | undefined>((max, a) => (!max || a.money.minor > max.minor ? a.money : max), undefined)
        : pickAmountDue(all, amounts)?.money;
    return {
      service: service.id,
      kind,
      number,
      amount,
      issuerName: issuerOf(message, service, body, foldedBody),
      clientName: clientOf(message, kind, subject, foldedSubject, body),
      clientEmail: namedClient(`${subject}\n${body}`)?.email,
      phrase: decided.phrase,
    };
  } catch {
    return null; // a malformed message is not a notice; never break the caller
  }
}
