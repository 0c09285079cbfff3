import type { MailMessage, Money } from '../mail/types';

/** What a read mail is about, as far as invoices go. */
export type SightingNotice = {
  /** Invoicing service or bank id ('stripe', 'qonto', …). */
  service: string;
  kind: 'new-invoice' | 'service-reminder' | 'payment-received';
  /** The invoice number the notice is about. */
  number?: string;
  amount?: Money;
  /** The customer the notice names, when it does ("Librairie Ardoise", "ATELIER BOIS & CO"). */
  clientName?: string;
  clientEmail?: string;
};

/**
 * One message of a thread that names an invoice number, remembered when read, tracked or not (DESIGN.md: "one
 * invoice, many threads, any order"): tracking or importing that invoice later replays these into its timeline.
 */
export interface MailSighting {
  /** `${webmail}:${messageId}`. */
  key: string;
  webmail: 'gmail' | 'outlook';
  threadId: string;
  threadUrl: string;
  threadSubject: string;
  /** Invoice numbers the thread names (any of its messages), as written; multiEntry index. */
  numbers: string[];
  /** The signed-in account when the thread was read: tells the user's own mails from others'. */
  account?: string;
  /** The message as read (body capped at what detection reads). */
  message: MailMessage;
  notice?: SightingNotice;
  /** When Relance first read this message (machine clock): a message seen before tracking existed before it. */
  firstSeenAt: string;
}
