import type { MailAddress, Money } from '../mail/types';
import type { ReplyKind, ReplyReader } from '../detect/reply-kind';
import type { InvoiceStatus } from './invoice';
import type { PlatformStatus } from './platform-status';
import type { LetterStatus } from './letter-status';
import type { StageId } from './stage';

/** The documents an export event names. */
export const EXPORT_WHATS = [
  'formal-notice',
  'evidence-docx',
  'evidence-csv',
  'evidence-json',
  'backup',
  'payment-order',
  'small-claims-dossier',
  'formal-notice-a4',
  'payment-order-a4',
  'small-claims-dossier-a4',
  'payment-qr',
] as const;
export type ExportWhat = (typeof EXPORT_WHATS)[number];

/**
 * What each timeline event carries, by kind. Append-only: corrections are new events with `corrects`.
 * `requestId` (the kinds a user types): the page's id for the action, kept to refuse a replay (utils/messages.ts).
 */
export interface EventPayloads {
  'invoice-sent': { messageId?: string; threadId?: string; to?: MailAddress[]; subject?: string };
  /** The facts the invoice was tracked with, so the chain holds what the letters later use. */
  'invoice-tracked': { source: string; number?: string; amountDue?: Money; issueDate?: string; dueDate?: string };
  'reminder-inserted': { stage: StageId; templateId: string; subject: string; body: string; threadId?: string };
  /** `templateId` tells a reply template (promise-not-kept, payment-plan...) from the stage's own reminder. */
  'reminder-sent': {
    stage: StageId;
    templateId?: string;
    to: MailAddress[];
    cc?: MailAddress[];
    subject: string;
    body: string;
    bodySha256: string;
    messageId?: string;
    threadId?: string;
  };
  'service-reminder': { service: string; subject: string; messageId?: string };
  /** `reader`: who decided the kind (absent on replies read before there was a choice: the rules). */
  'reply-received': {
    messageId: string;
    from: MailAddress;
    excerpt: string;
    kind: ReplyKind;
    phrase?: string;
    promisedDate?: string;
    receivedAt: string;
    reader?: ReplyReader;
    requestId?: string;
  };
  call: { with?: string; summary: string; requestId?: string };
  note: { text: string; requestId?: string };
  'letter-sent': { trackingNumber?: string; sentOn: string; kind: 'formal-notice' | 'other'; requestId?: string };
  /** `source`: 'laposte' when La Poste's tracking reported the delivery; absent when the user typed it. */
  'acknowledgement-received': { receivedOn: string; trackingNumber?: string; source?: 'laposte'; requestId?: string };
  /** A registered letter's other tracking statuses (deposit, presentation, notice left, return); the delivery is the acknowledgement. */
  'letter-status': LetterStatus;
  payment: { amount: Money; receivedOn: string; method?: string; full: boolean; requestId?: string };
  promise: { promisedDate?: string; source: 'reply' | 'call' | 'user'; requestId?: string };
  /** A payment plan the debtor accepted: the ladder follows its schedule and chases only a missed instalment. */
  'plan-agreed': { instalments: Array<{ date: string; amount: Money }>; source: 'reply' | 'call' | 'user'; requestId?: string };
  dispute: { reason?: string; requestId?: string };
  'status-change': { from: InvoiceStatus; to: InvoiceStatus; reason?: string };
  'stage-change': { from: StageId; to: StageId; reason?: string };
  /** A document handed out; `-a4` ones were opened as the print-ready page (their hash covers the content printed). */
  export: { what: ExportWhat; fileName: string; sha256: string };
  'registry-check': { siren: string; active: boolean; proceedings?: string; publishedOn?: string };
  correction: { reason: string; requestId?: string };
  /** A lifecycle status from the user's plateforme agréée (Pennylane, Qonto): 205 approved is evidence, 207/210 a dispute, 208 a missing document. */
  'platform-status': PlatformStatus;
}

export type EventKind = keyof EventPayloads;

/** The fields every timeline entry has, whatever its kind. */
interface EventFields {
  id: string;
  invoiceId: string;
  /** 0, 1, 2... within the invoice: the chain order. */
  seq: number;
  /** When it was recorded (ISO timestamp, machine clock). */
  recordedAt: string;
  /** The day it happened in the user's calendar (YYYY-MM-DD): a call noted later keeps its own day. */
  occurredOn: string;
  /** Id of the event this one corrects. */
  corrects?: string;
  /** SHA-256 (hex) of the previous event of this invoice; '' for the first. */
  prevHash: string;
  /** SHA-256 (hex) over the canonical JSON of every other field. */
  hash: string;
}

/**
 * One timeline entry, hash-chained to the previous event of the same invoice. Without a type argument it is the union
 * of every kind, so `event.kind === 'payment'` narrows `event.data` to the payment's payload.
 */
export type TimelineEvent<K extends EventKind = EventKind> = { [P in K]: EventFields & { kind: P; data: EventPayloads[P] } }[K];

/** An event as a caller proposes it, before the store numbers and chains it. */
export type NewEvent<K extends EventKind = EventKind> = { [P in K]: { kind: P; data: EventPayloads[P]; occurredOn: string; corrects?: string } }[K];
