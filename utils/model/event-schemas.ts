import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { EXPORT_WHATS, type EventKind, type EventPayloads, type NewEvent, type TimelineEvent } from './event';
import { LETTER_STATUS_KINDS } from './letter-status';
import { invoiceStatus, isoDate, mailAddress, money, recordId, sha256Digest, stage, text, timestamp } from './schema-primitives';

/**
 * One schema per timeline event kind: the router checks `event:add` with it, the store checks every event before it
 * is sealed, and a backup is read with it. Events are append-only and hashed, so a value one of them refuses must never
 * be written by another (a too-long field typed once would make every later backup unrestorable), and no key may be
 * dropped on the way (the hash covers every key). Objects are strict: an unknown key is refused, never stripped.
 * A new kind: its payload in `EventPayloads` (event.ts) and one line here.
 */

const body = text(1_000_000);
/** Chosen by the page once per user action (utils/messages.ts `event:add`), kept in the data to refuse a replay. */
const requestId = z.optional(recordId);

const EVENT_DATA_SCHEMAS = {
  'invoice-sent': () =>
    z.strictObject({
      messageId: z.optional(text(1_000)),
      threadId: z.optional(text(1_000)),
      to: z.optional(z.array(mailAddress).check(z.maxLength(500))),
      subject: z.optional(text(2_000)),
    }),
  'invoice-tracked': () =>
    z.strictObject({
      source: text(200),
      number: z.optional(text(200)),
      amountDue: z.optional(money),
      issueDate: z.optional(isoDate),
      dueDate: z.optional(isoDate),
    }),
  'reminder-inserted': () => z.strictObject({ stage, templateId: text(200), subject: text(2_000), body, threadId: z.optional(text(1_000)) }),
  'reminder-sent': () =>
    z.strictObject({
      stage,
      templateId: z.optional(text(200)),
      to: z.array(mailAddress).check(z.maxLength(500)),
      cc: z.optional(z.array(mailAddress).check(z.maxLength(500))),
      subject: text(2_000),
      body,
      bodySha256: text(64),
      messageId: z.optional(text(1_000)),
      threadId: z.optional(text(1_000)),
    }),
  'service-reminder': () => z.strictObject({ service: text(200), subject: text(2_000), messageId: z.optional(text(1_000)) }),
  'reply-received': () =>
    z.strictObject({
      messageId: text(1_000),
      from: mailAddress,
      excerpt: body,
      kind: z.enum(['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other']),
      phrase: z.optional(text(2_000)),
      promisedDate: z.optional(isoDate),
      receivedAt: text(100),
      reader: z.optional(z.enum(['rules', 'model', 'user'])),
      requestId,
    }),
  call: () => z.strictObject({ with: z.optional(text(500)), summary: body, requestId }),
  note: () => z.strictObject({ text: body, requestId }),
  'letter-sent': () => z.strictObject({ trackingNumber: z.optional(text(100)), sentOn: isoDate, kind: z.enum(['formal-notice', 'other']), requestId }),
  'acknowledgement-received': () =>
    z.strictObject({
      receivedOn: isoDate,
      trackingNumber: z.optional(text(100)),
      source: z.optional(z.literal('laposte')),
      requestId,
    }),
  'letter-status': () =>
    z.strictObject({
      trackingNumber: text(100),
      status: z.enum(LETTER_STATUS_KINDS),
      on: isoDate,
      code: text(20),
      label: z.optional(text(300)),
    }),
  // `full` is decided by the background from the amount due (a page's `event:add` may leave it out).
  payment: () => z.strictObject({ amount: money, receivedOn: isoDate, method: z.optional(text(200)), full: z.optional(z.boolean()), requestId }),
  promise: () => z.strictObject({ promisedDate: z.optional(isoDate), source: z.enum(['reply', 'call', 'user']), requestId }),
  'plan-agreed': () =>
    z.strictObject({
      instalments: z.array(z.strictObject({ date: isoDate, amount: money })).check(z.minLength(1), z.maxLength(120)),
      source: z.enum(['reply', 'call', 'user']),
      requestId,
    }),
  dispute: () => z.strictObject({ reason: z.optional(body), requestId }),
  'status-change': () => z.strictObject({ from: invoiceStatus, to: invoiceStatus, reason: z.optional(text(2_000)) }),
  'stage-change': () => z.strictObject({ from: stage, to: stage, reason: z.optional(text(2_000)) }),
  export: () => z.strictObject({ what: z.enum(EXPORT_WHATS), fileName: text(500), sha256: sha256Digest }),
  'registry-check': () => z.strictObject({ siren: text(20), active: z.boolean(), proceedings: z.optional(text(2_000)), publishedOn: z.optional(isoDate) }),
  correction: () => z.strictObject({ reason: body, requestId }),
  'platform-status': () =>
    z.strictObject({
      platform: z.enum(['pennylane', 'qonto']),
      code: text(20),
      raw: text(200),
      on: z.optional(isoDate),
      reason: z.optional(text(2_000)),
      amount: z.optional(money),
    }),
} satisfies Record<EventKind, () => z.ZodMiniType>;

/** The kinds a user may type in the sidebar or the dashboard (`event:add`). */
export const USER_EVENT_KINDS = [
  'call',
  'note',
  'letter-sent',
  'acknowledgement-received',
  'payment',
  'promise',
  'dispute',
  'plan-agreed',
  'correction',
] as const satisfies readonly EventKind[];

type DataSchema<K extends EventKind> = ReturnType<(typeof EVENT_DATA_SCHEMAS)[K]>;
// Each kind's schema is built the first time an event of that kind is checked.
const DATA_SCHEMAS = Object.fromEntries(
  Object.entries(EVENT_DATA_SCHEMAS).map(([kind, build]): [string, () => z.ZodMiniType] => [kind, lazily<z.ZodMiniType>(build)]),
) as Record<EventKind, () => z.ZodMiniType>;

/** The schema of a kind's payload. */
function eventDataSchema<K extends EventKind>(kind: K): DataSchema<K> {
  return DATA_SCHEMAS[kind]() as DataSchema<K>;
}

/** Why `data` is not a valid payload of `kind` (first problem, with its path), or undefined when it is. */
export function eventDataProblem(kind: string, data: unknown): string | undefined {
  if (!Object.hasOwn(EVENT_DATA_SCHEMAS, kind)) return `unknown event kind ${kind.slice(0, 50)}`;
  const parsed = eventDataSchema(kind as EventKind).safeParse(data);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return `data.${issue.path.map(String).join('.')}: ${issue.message}`;
}

/** `event` as a typed event once its data is a valid payload of its kind; a TypeError naming the problem otherwise. */
export function checkedEvent(event: { kind: string; data: unknown; occurredOn: string; corrects?: string }): NewEvent {
  const problem = eventDataProblem(event.kind, event.data) ?? (isoDate.safeParse(event.occurredOn).success ? undefined : 'occurredOn is not a YYYY-MM-DD date');
  if (problem) throw new TypeError(`${event.kind} event refused: ${problem}`);
  // The kind's own schema accepted the data just above: this is the one place an unchecked event becomes a typed one.
  return event as NewEvent;
}

const eventBase = lazily(() => ({
  id: recordId,
  invoiceId: recordId,
  seq: z.int().check(z.minimum(0)),
  recordedAt: timestamp,
  occurredOn: isoDate,
  corrects: z.optional(recordId),
  prevHash: z.union([z.literal(''), sha256Digest]),
  hash: sha256Digest,
}));

/** A sealed timeline event as stored and backed up (built when a backup is read). */
export const timelineEventSchema = lazily(() =>
  z.discriminatedUnion(
    'kind',
    (Object.keys(EVENT_DATA_SCHEMAS) as EventKind[]).map((kind) =>
      z.strictObject({ ...eventBase(), kind: z.literal(kind), data: eventDataSchema(kind) }),
    ) as unknown as [z.ZodMiniObject<ReturnType<typeof eventBase> & { kind: z.ZodMiniLiteral<EventKind>; data: z.ZodMiniType }>],
  ),
);

// Compile-time guards: every field of a payload type has its schema (a missing one would be refused at restore),
// and the record's fields match the TimelineEvent type.
type Missing<K extends EventKind> = Exclude<keyof EventPayloads[K], keyof z.infer<DataSchema<K>>>;
type Assert<T extends true> = T;
type _PayloadsCovered = Assert<[{ [K in EventKind]: Missing<K> }[EventKind]] extends [never] ? true : false>;
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type _BaseCovered = Assert<SameKeys<Omit<TimelineEvent, 'kind' | 'data'>, ReturnType<typeof eventBase>>>;
