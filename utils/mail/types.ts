/** The webmail-neutral view of a mail, shared by adapters, the core and the background (see CONTRACT.md). */

/** An amount in integer minor units with its ISO 4217 currency ("EUR"). */
export interface Money {
  minor: number;
  currency: string;
}

export interface MailAddress {
  name?: string;
  email: string;
}

export interface MailAttachment {
  name: string;
  mimeType?: string;
  size?: number;
  /** Same-origin URL the webmail serves the file from, when the adapter found one. */
  url?: string;
}

export interface MailMessage {
  id: string;
  threadId?: string;
  subject: string;
  from: MailAddress;
  to: MailAddress[];
  cc?: MailAddress[];
  replyTo?: MailAddress[];
  /** ISO 8601 with offset. */
  date: string;
  /** The webmail showed the date as digits whose day and month nothing told apart ("03/04/2026"): `date` is a guess. */
  dateAmbiguous?: boolean;
  /** The plain-text body as the webmail shows it, quoted history included. */
  text: string;
  attachments: MailAttachment[];
}
