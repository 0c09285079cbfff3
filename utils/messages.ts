import { z } from './validate/zod';
import { lazily } from './validate/lazily';
import type { Money } from './mail/types';
import type { Settings } from './model/settings';
import type { InvoiceSummary, InvoiceView, ThreadState } from './model/view';
import type { TimelineEnds } from './model/timeline-tail';
import type { ListChip } from './webmail/adapter';
import type { ImportPreview, ImportResult } from './import/plan-import';
import { CONNECTOR_IDS } from './connectors/connectors';
import { USER_EVENT_KINDS, eventDataProblem } from './model/event-schemas';
import { isoDate, mailAddress as address, money, recordId as id, text } from './model/schema-primitives';
import type { ConnectionsState, ConnectResult, RegistryLookupResult } from './connectors/connection-view';
import { DEBTOR_KINDS, type ClientLanguageSource, type DebtorKind } from './model/client';
import type { BlockDocument } from './export/document-blocks';
import { BACKUP_PIECE_CHARS } from './export/backup-pieces';
import type { ErrorReport } from './errors/error-code';
import type { RoundView } from './round/round-view';
import type { Language } from './model/language';

/**
 * The one protocol between content scripts, extension pages and the background (the only writer).
 * Each request is `{ type, ...payload }`, validated here at the background before any handler runs;
 * each answer is a `Reply<T>`. Content scripts import only types from this file (zod stays out of them).
 */

const webmail = z.enum(['gmail', 'outlook']);

const mailMessage = z.object({
  id,
  threadId: z.optional(id),
  subject: text(2_000),
  from: address,
  to: z.array(address).check(z.maxLength(500)),
  cc: z.optional(z.array(address).check(z.maxLength(500))),
  replyTo: z.optional(z.array(address).check(z.maxLength(50))),
  date: text(64),
  dateAmbiguous: z.optional(z.boolean()),
  // A webmail can show huge bodies; we keep what detection needs and cap the rest.
  text: text(2_000_000),
  attachments: z
    .array(z.object({ name: text(500), mimeType: z.optional(text(200)), size: z.optional(z.number()), url: z.optional(text(4_000)) }))
    .check(z.maxLength(100)),
});

/** The open thread as a webmail shows it, its messages apart (thread:view sends them all, thread:update the changed). */
const openThread = z.object({ threadId: id, subject: text(2_000), url: text(4_000), account: z.optional(text(320)) });

/** Facts read from a Factur-X/UBL attachment of the thread, which win over what the mail text says. */
const einvoiceFacts = z.object({
  fileName: text(500),
  number: text(100).check(z.minLength(1)),
  amountDue: money,
  issueDate: isoDate,
  dueDate: z.optional(isoDate),
  debtor: z.optional(z.object({ name: z.optional(text(500)), email: z.string().check(z.maxLength(320)) })),
  debtorName: z.optional(text(500)),
  debtorSiren: z.optional(text(20)),
  debtorKind: z.optional(z.enum(DEBTOR_KINDS)),
  // Who issued it: only an e-invoice whose seller is the creditor of the settings is tracked without asking.
  sellerSiren: z.optional(text(20)),
  sellerVatId: z.optional(text(30)),
  creditNote: z.boolean(),
  directDebitDate: z.optional(isoDate),
});

const letterKind = z.enum(['formal-notice', 'payment-order', 'small-claims-dossier']);
const language = z.enum(['fr', 'en']);

/**
 * Who may send a message. 'page': Relance's own pages only. 'webmail': a webmail content script too (what the
 * sidebar, the chips and the adapters need). Page-only unless someone decides the webmail needs it (issue 23).
 */
export type MessageSender = 'page' | 'webmail';

declare const answerType: unique symbol;

/** One message: its request's shape, who may send it, and whether it changes stored data (the badge follows writes). */
export interface MessageDeclaration<S extends z.ZodMiniType, F extends MessageSender, A> {
  /** Built on first use: a worker woken for one message builds that message's schema, not the seventy others. */
  readonly schema: S;
  from: F;
  writes: boolean;
  /** Never set: it carries the type of the answer. */
  readonly [answerType]?: A;
}

/** Declares a message answered with an `A` (the schema and sender are inferred from the declaration). */
function message<A>() {
  return <S extends z.ZodMiniType, F extends MessageSender>({
    schema,
    from,
    writes,
  }: {
    schema: () => S;
    from: F;
    writes: boolean;
  }): MessageDeclaration<S, F, A> => {
    const built = lazily(schema);
    return {
      from,
      writes,
      get schema() {
        return built();
      },
    };
  };
}

/** Every message, declared once: the router's sender rule, the badge refresh and the handlers' types follow from it. */
export const MESSAGES = {
  'thread:view': message<ThreadState>()({
    from: 'webmail',
    writes: true,
    schema: () =>
      z.object({
        webmail,
        thread: z.extend(openThread, { messages: z.array(mailMessage).check(z.maxLength(500)) }),
        einvoice: z.optional(einvoiceFacts),
        // The tab's name for this thread as sent: later changes to it may come as thread:update.
        token: z.optional(id),
        // The tab shows an invoice this view starts tracking before its replies are read (`readingReplies`), then
        // asks again with thread:update (utils/background/handlers/thread.ts).
        progressive: z.optional(z.literal(true)),
      }),
  }),
  // A thread may open: the user's pointer rests on or clicks its row in the list, or the webmail navigates (the thread
  // not named yet). The worker wakes, and gets ready to read a named thread (the engine loaded, the readers warmed)
  // unless its kept answer will do. Nothing is read or written.
  'thread:soon': message<Record<string, never>>()({
    from: 'webmail',
    writes: false,
    schema: () => z.object({ webmail, threadId: z.optional(id) }),
  }),
  // The open thread again, sent as a change to what the tab sent under `token`: every message id in order, and only
  // the messages new or changed since (utils/background/thread-memo.ts).
  'thread:update': message<ThreadUpdate>()({
    from: 'webmail',
    writes: true,
    schema: () =>
      z.object({
        webmail,
        token: id,
        thread: openThread,
        ids: z.array(id).check(z.maxLength(500)),
        changed: z.array(mailMessage).check(z.maxLength(500)),
        einvoice: z.optional(einvoiceFacts),
      }),
  }),
  'invoice:track': message<InvoiceView>()({
    from: 'webmail',
    writes: true,
    schema: () =>
      z.object({
        webmail: z.optional(webmail),
        threadId: z.optional(id),
        url: z.optional(text(4_000)),
        messageId: z.optional(id),
        fields: z.object({
          number: text(100).check(z.minLength(1)),
          amountDue: money,
          // Absent: the user does not know it; it is never printed (Invoice.issueDateUnknown).
          issueDate: z.optional(isoDate),
          dueDate: isoDate,
          // Whose replies feed the invoice: never an empty address (a mail whose sender the webmail did not show has one).
          debtor: z.object({ name: z.optional(text(500)), email: text(320).check(z.regex(/^[^@\s]+@[^@\s]+$/, 'expected an e-mail address')) }),
          debtorKind: z.enum(DEBTOR_KINDS),
          contractualRate: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
        }),
      }),
  }),
  'invoice:get': message<InvoiceView>()({ from: 'webmail', writes: false, schema: () => z.object({ invoiceId: id }) }),
  'invoice:list': message<InvoiceSummary[]>()({ from: 'page', writes: false, schema: () => z.object({}) }),
  'invoice:set-status': message<InvoiceView>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceId: id, status: z.enum(['open', 'paid', 'cancelled']), reason: z.optional(text(2_000)) }),
  }),
  'invoice:pause': message<InvoiceView>()({ from: 'webmail', writes: true, schema: () => z.object({ invoiceId: id, paused: z.boolean() }) }),
  'invoice:set-work-finished': message<InvoiceView>()({ from: 'webmail', writes: true, schema: () => z.object({ invoiceId: id, workFinishedOn: isoDate }) }),
  // requestId: chosen by the page once per user action, so a retry after a lost answer cannot record it twice.
  // data: checked with the kind's own schema, the one the store and a backup use (utils/model/event-schemas.ts).
  'event:add': message<InvoiceView>()({
    from: 'webmail',
    writes: true,
    schema: () =>
      z
        .object({
          invoiceId: id,
          kind: z.enum(USER_EVENT_KINDS),
          occurredOn: isoDate,
          data: z.record(z.string(), z.unknown()),
          corrects: z.optional(id),
          requestId: z.optional(id),
        })
        .check(
          z.superRefine((request, ctx) => {
            const problem = eventDataProblem(request.kind, request.requestId ? { ...request.data, requestId: request.requestId } : request.data);
            if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['data'] });
          }),
        ),
  }),
  // The user's reading of a reply Relance misread: eventId is the reply-received event it replaces.
  'reply:correct': message<InvoiceView>()({
    from: 'webmail',
    writes: true,
    schema: () =>
      z.object({
        invoiceId: id,
        eventId: id,
        kind: z.enum(['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other']),
        promisedDate: z.optional(isoDate),
        requestId: z.optional(id),
      }),
  }),
  // openThreadId: the thread the sidebar shows, preferred for the reply when it is one of the invoice's own.
  'reminder:render': message<RenderedReminder>()({
    from: 'webmail',
    writes: false,
    schema: () => z.object({ invoiceId: id, templateId: z.optional(text(100)), openThreadId: z.optional(id) }),
  }),
  'reminder:inserted': message<InvoiceView>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceId: id, templateId: text(100), subject: text(2_000), body: text(200_000), threadId: z.optional(id) }),
  }),
  'reminder:sent': message<InvoiceView>()({
    from: 'webmail',
    writes: true,
    schema: () =>
      z.object({
        invoiceId: id,
        templateId: text(100),
        to: z.array(address).check(z.maxLength(500)),
        cc: z.array(address).check(z.maxLength(500)),
        subject: text(2_000),
        body: text(200_000),
        threadId: z.optional(id),
      }),
  }),
  'chips:get': message<Record<string, ListChip>>()({
    from: 'webmail',
    writes: false,
    schema: () => z.object({ threadIds: z.array(id).check(z.maxLength(2_000)) }),
  }),
  'today:list': message<InvoiceSummary[]>()({ from: 'webmail', writes: false, schema: () => z.object({}) }),
  // Today's round (utils/round/): resume continues a stopped round; otherwise a new one over today's list.
  'round:get': message<RoundView>()({ from: 'webmail', writes: false, schema: () => z.object({}) }),
  'round:start': message<RoundView>()({ from: 'webmail', writes: true, schema: () => z.object({ resume: z.boolean() }) }),
  // invoiceId: the stop the user dealt with, so a late or repeated click cannot pass the next one.
  'round:step': message<RoundView>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceId: id, outcome: z.enum(['sent', 'skipped', 'later', 'paused']) }),
  }),
  // close: forget the round (after its summary, or abandoned); otherwise it waits to be resumed.
  'round:stop': message<RoundView>()({ from: 'webmail', writes: true, schema: () => z.object({ close: z.boolean() }) }),
  'settings:get': message<Settings>()({ from: 'page', writes: false, schema: () => z.object({}) }),
  'settings:save': message<Settings>()({ from: 'page', writes: true, schema: () => z.object({ settings: z.record(z.string(), z.unknown()) }) }),
  'export:formal-notice': message<FileOut>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceIds: z.array(id).check(z.minLength(1), z.maxLength(100)) }),
  }),
  'export:evidence': message<FileOut>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceId: id, format: z.enum(['docx', 'csv', 'json']), progressId: z.optional(id) }),
  }),
  'export:court-document': message<FileOut>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceIds: z.array(id).check(z.minLength(1), z.maxLength(100)), document: z.enum(['payment-order', 'small-claims-dossier']) }),
  }),
  // The SEPA payment QR code of what the invoices still owe, as an image to attach to a reminder.
  'export:payment-qr': message<FileOut>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceIds: z.array(id).check(z.minLength(1), z.maxLength(100)) }),
  }),
  // The print-ready A4 page: the sidebar asks the background to open it (a webmail page cannot open extension pages);
  // the page then fetches its document, which records the A4 export.
  'letter:open': message<{ opened: true }>()({
    from: 'webmail',
    writes: true,
    schema: () => z.object({ invoiceIds: z.array(id).check(z.minLength(1), z.maxLength(100)), document: letterKind }),
  }),
  'letter:get': message<BlockDocument>()({
    from: 'page',
    writes: true,
    schema: () => z.object({ invoiceIds: z.array(id).check(z.minLength(1), z.maxLength(100)), document: letterKind }),
  }),
  'backup:export': message<FileOut>()({ from: 'page', writes: true, schema: () => z.object({}) }),
  // A restore comes in pieces (utils/background/restore-sessions.ts), under a progressId chosen by the page, which hears
  // `relance:progress` events with it: begin (the file's size in bytes), each piece in order, then end, which answers
  // once everything is checked and written.
  'backup:restore-begin': message<{ started: true }>()({
    from: 'page',
    writes: false,
    schema: () => z.object({ progressId: id, size: z.int().check(z.minimum(0), z.maximum(500_000_000)) }),
  }),
  'backup:restore-piece': message<{ received: true }>()({
    from: 'page',
    writes: false,
    schema: () => z.object({ progressId: id, index: z.int().check(z.minimum(0)), text: z.string().check(z.maxLength(BACKUP_PIECE_CHARS)) }),
  }),
  'backup:restore-end': message<{ counts: Record<string, number> }>()({ from: 'page', writes: true, schema: () => z.object({ progressId: id }) }),
  // Stops the long task the page started with this progressId, only where that leaves nothing half-written (restore).
  'progress:cancel': message<{ cancelled: true }>()({ from: 'page', writes: true, schema: () => z.object({ progressId: id }) }),
  // `confirm` makes an accidental or replayed call harmless: only the options page's confirmation sends it.
  'data:erase': message<{ removedOrigins: string[] }>()({ from: 'page', writes: true, schema: () => z.object({ confirm: z.literal('erase-everything') }) }),
  'i18n:catalog': message<{ language: Language; strings: Record<string, string> }>()({ from: 'webmail', writes: false, schema: () => z.object({}) }),
  'einvoice:read': message<EInvoiceRead>()({
    from: 'webmail',
    writes: false,
    schema: () => z.object({ base64: z.string().check(z.maxLength(30_000_000)), fileName: text(500) }),
  }),
  'invoice:create': message<InvoiceView>()({
    from: 'page',
    writes: true,
    schema: () =>
      z.object({
        fields: z.object({
          number: text(100).check(z.minLength(1)),
          clientName: text(300).check(z.minLength(1)),
          clientEmail: z.email().check(z.maxLength(320)),
          debtorKind: z.enum(DEBTOR_KINDS),
          amountDue: money,
          issueDate: isoDate,
          dueDate: z.optional(isoDate),
          contractualRate: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
        }),
      }),
  }),
  'import:csv-preview': message<ImportPreview>()({
    from: 'page',
    writes: false,
    schema: () => z.object({ text: z.string().check(z.maxLength(20_000_000)), mapping: z.optional(z.record(z.string(), text(500))) }),
  }),
  'import:csv-commit': message<ImportResult>()({
    from: 'page',
    writes: true,
    schema: () =>
      z.object({
        text: z.string().check(z.maxLength(20_000_000)),
        fileName: text(500),
        mapping: z.record(z.string(), text(500)),
        progressId: z.optional(id),
      }),
  }),
  'templates:get': message<TemplatesState>()({ from: 'page', writes: false, schema: () => z.object({}) }),
  'templates:save': message<TemplatesState>()({
    from: 'page',
    writes: true,
    schema: () => z.object({ templateId: text(100), language, subject: text(2_000), body: text(100_000) }),
  }),
  'templates:reset': message<TemplatesState>()({
    from: 'page',
    writes: true,
    schema: () => z.object({ templateId: text(100), language }),
  }),
  'clients:list': message<ClientSummary[]>()({ from: 'page', writes: false, schema: () => z.object({}) }),
  'client:update': message<ClientSummary[]>()({
    from: 'page',
    writes: true,
    schema: () => z.object({ clientId: id, language: z.optional(language), kind: z.optional(z.enum(DEBTOR_KINDS)) }),
  }),
  // The sidebar's switch of the language the invoice's client is written to in (an explicit choice).
  'client:language': message<InvoiceView>()({ from: 'webmail', writes: true, schema: () => z.object({ invoiceId: id, language }) }),
  'connector:list': message<ConnectionsState>()({ from: 'page', writes: true, schema: () => z.object({}) }),
  'connector:connect': message<ConnectResult>()({
    from: 'page',
    writes: true,
    schema: () => z.object({ connector: z.enum(CONNECTOR_IDS), secret: text(500).check(z.minLength(1)), origin: z.optional(text(300)) }),
  }),
  'connector:disconnect': message<ConnectionsState>()({ from: 'page', writes: true, schema: () => z.object({ connector: z.enum(CONNECTOR_IDS) }) }),
  'connector:refresh': message<ConnectionsState>()({
    from: 'page',
    writes: true,
    schema: () => z.object({ connector: z.optional(z.enum(CONNECTOR_IDS)), progressId: z.optional(id) }),
  }),
  // La Poste tracking of registered letters: the key is sent once, from the options page, after the host was granted.
  'tracking:get': message<TrackingState>()({ from: 'page', writes: false, schema: () => z.object({}) }),
  'tracking:connect': message<TrackingState>()({ from: 'page', writes: true, schema: () => z.object({ key: text(200).check(z.minLength(8)) }) }),
  'tracking:disconnect': message<TrackingState>()({ from: 'page', writes: true, schema: () => z.object({}) }),
  'tracking:refresh': message<TrackingState>()({ from: 'page', writes: true, schema: () => z.object({}) }),
  'registry:lookup': message<RegistryLookupResult>()({
    from: 'page',
    writes: true,
    schema: () =>
      z.object({ clientId: z.optional(id), siren: z.optional(text(40)) }).check(z.refine((r) => r.clientId || r.siren, 'clientId or siren is required')),
  }),
} satisfies Record<string, MessageDeclaration<z.ZodMiniType, MessageSender, unknown>>;

export type RequestType = keyof typeof MESSAGES;
export type RequestOf<T extends RequestType> = z.infer<(typeof MESSAGES)[T]['schema']>;
export type Request = { [T in RequestType]: { type: T } & RequestOf<T> }[RequestType];
export type ResponseOf<T extends RequestType> = (typeof MESSAGES)[T] extends MessageDeclaration<z.ZodMiniType, MessageSender, infer A> ? A : never;
/** The messages a webmail content script may send. */
export type WebmailRequestType = { [T in RequestType]: (typeof MESSAGES)[T]['from'] extends 'webmail' ? T : never }[RequestType];

/** The La Poste tracking connection as the options page shows it: never the key, only its last four characters. */
export interface TrackingState {
  connected: boolean;
  keyHint?: string;
  connectedAt?: string;
  lastCheck?: { at: string; letters: number; events: number };
  lastError?: { at: string; message: string };
}

/**
 * The answer to a thread's change: the new state, or that the sidebar shows it already, or that the worker lost the
 * thread (send it whole). `timelinesAfter`: those invoices' timelines hold only the events after the ones the tab was
 * last answered with (model/timeline-tail.ts).
 */
export type ThreadUpdate = { state: ThreadState; timelinesAfter?: TimelineEnds } | { unchanged: true } | { lost: true };

/** A file produced by the background, base64 because extension messaging carries JSON only. */
export interface FileOut {
  fileName: string;
  mimeType: string;
  base64: string;
  sha256: string;
}

export interface RenderedReminder {
  templateId: string;
  subject: string;
  body: string;
  to: { name?: string; email: string }[];
  threadId?: string;
}

export type EInvoiceFacts = z.infer<typeof einvoiceFacts>;

export type EInvoiceRead = { ok: true; facts: EInvoiceFacts; total: Money } | { ok: false; reason: string; message: string };

/** Every reminder template as the user has it, with which languages they customised. */
export interface TemplatesState {
  templates: Array<{ id: string; fr: { subject: string; body: string }; en: { subject: string; body: string }; custom: { fr: boolean; en: boolean } }>;
}

/** A debtor as the options page lists it. */
export interface ClientSummary {
  id: string;
  name: string;
  emails: string[];
  kind: DebtorKind;
  language: Language;
  /** Where the language comes from (utils/model/client.ts). */
  languageSource: ClientLanguageSource;
  invoices: number;
}

/**
 * Requests an extension page sends to the content script of a webmail tab (`browser.tabs.sendMessage`). The content
 * script checks them by hand (zod stays out of it); the page validates the answer with the schema below.
 */
export interface ContentRequest {
  type: 'diagnostic:collect';
}
export const diagnosticReplySchema = z.object({ webmail, report: z.string().check(z.maxLength(5_000_000)) });
/** The anonymised report of a webmail tab (see utils/webmail/diagnostic/). */
export type DiagnosticReply = z.infer<typeof diagnosticReplySchema>;

/**
 * How far a long task started by a page has gone (restore: events checked, then records written), sent by the
 * background to the extension's pages (runtime messaging: never to the webmail pages). The page checks it with this
 * schema and keeps only its own `progressId`.
 */
export const progressEventSchema = z.object({
  type: z.literal('relance:progress'),
  progressId: id,
  task: z.enum(['restore', 'import', 'sync', 'export']),
  step: z.enum(['checking', 'writing']),
  done: z.int().check(z.minimum(0)),
  total: z.int().check(z.minimum(0)),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

const letterRequest = z.object({ document: letterKind, input: z.looseObject({ invoices: z.array(z.unknown()) }) });
/**
 * The service worker's rare heavy work (utils/heavy-work/) sent to Chrome's offscreen document, and that document's
 * progress on it sent back. Only the worker sends jobs and only the offscreen document answers them; each side checks
 * the envelope and the sender. The job itself is data the worker built (utils/messaging/heavy-job-wire.ts).
 */
export const heavyJobMessageSchema = z.object({
  type: z.literal('relance:heavy-job'),
  jobId: id,
  job: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('letter-blocks'), letter: letterRequest }),
    z.object({ kind: z.literal('letter-docx'), letter: letterRequest }),
    z.object({
      kind: z.literal('timeline-csv'),
      input: z.looseObject({
        invoices: z.array(z.unknown()),
        events: z.array(z.unknown()),
        language: z.optional(language),
        delimiter: z.optional(z.enum([',', ';'])),
      }),
    }),
    z.object({ kind: z.literal('evidence-docx'), input: z.looseObject({ events: z.array(z.unknown()), invoices: z.array(z.unknown()) }) }),
    z.object({ kind: z.literal('payment-qr-gif'), payload: z.string().check(z.maxLength(1000)), scale: z.int().check(z.minimum(1), z.maximum(32)) }),
    z.object({ kind: z.literal('parse-csv'), text: z.string().check(z.maxLength(20_000_000)) }),
    z.object({ kind: z.literal('read-einvoice'), base64: z.string().check(z.maxLength(30_000_000)) }),
  ]),
});
export const heavyJobReplySchema = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), message: z.string() })]);
export const heavyProgressSchema = z.object({
  type: z.literal('relance:heavy-progress'),
  jobId: id,
  step: z.enum(['checking', 'writing']),
  done: z.int().check(z.minimum(0)),
  total: z.int().check(z.minimum(0)),
});
export type HeavyJobMessage = z.infer<typeof heavyJobMessageSchema>;
export type HeavyJobReply = z.infer<typeof heavyJobReplySchema>;
export type HeavyProgress = z.infer<typeof heavyProgressSchema>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorReport };

/** Validates an incoming message's shape; returns the typed request or a readable reason. */
export function parseRequest(raw: unknown): { ok: true; request: Request } | { ok: false; message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'message is not an object' };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return { ok: false, message: `unknown message type ${String(type).slice(0, 50)}` };
  const parsed = MESSAGES[type as RequestType].schema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      message: `${type}: ${parsed.error.issues
        .map((i) => `${i.path.join('.')} ${i.message}`)
        .join('; ')
        .slice(0, 500)}`,
    };
  return { ok: true, request: { ...(parsed.data as object), type } as Request };
}
