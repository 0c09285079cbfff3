import { z } from 'zod';
import type { Client } from '../model/client';
import type { EventKind, TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import { STAGES } from '../model/stage';
import type { TemplateOverride } from '../model/template-override';
import { toDayNumber } from '../calendar/iso-date';
import { settingsSchema } from '../model/settings-schema';

/** Zod schemas of every stored record, as a backup file must carry them. Unknown fields are dropped (z.object strips). */

const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(200);
const isoDate = z.string().refine((value) => {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}, 'expected a YYYY-MM-DD date');
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/, 'expected an ISO 8601 timestamp');
const money = z.object({ minor: z.number().int().safe(), currency: z.string().regex(/^[A-Z]{3}$/) });
const address = z.object({ name: text(500).optional(), email: text(320) });
const stage = z.enum(STAGES);
const status = z.enum(['open', 'promised', 'disputed', 'payment-claimed', 'paid', 'cancelled']);
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

export const clientSchema = z.object({
  id,
  name: text(500),
  company: text(500).optional(),
  emails: z.array(address).max(100),
  kind: z.enum(['business', 'consumer']),
  address: z.array(text(500)).max(10).optional(),
  siren: text(20).optional(),
  vatId: text(30).optional(),
  language: z.enum(['fr', 'en']),
  languageSource: z.enum(['user', 'replies', 'sent-mail', 'settings']).optional(),
  paused: z.boolean().optional(),
  registry: z
    .object({ siren: text(20), name: text(500), address: z.array(text(500)).max(10), legalForm: text(200).optional(), active: z.boolean(), ceasedOn: isoDate.optional(), checkedOn: isoDate })
    .optional(),
  proceedings: z
    .object({ kind: z.enum(['sauvegarde', 'redressement', 'liquidation']), publishedOn: isoDate, judgedOn: isoDate.optional(), court: text(500).optional(), closedOn: isoDate.optional() })
    .optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  rev: z.number().int().min(0),
});

export const invoiceSchema = z.object({
  id,
  number: text(200),
  clientId: id,
  issueDate: isoDate,
  issueDateUnknown: z.boolean().optional(),
  dueDate: isoDate,
  total: money,
  amountDue: money,
  status,
  stage,
  nextActionDate: isoDate.optional(),
  nextActionKind: text(50).optional(),
  paused: z.boolean().optional(),
  contractualRate: z.number().min(0).max(100).optional(),
  directDebitDate: isoDate.optional(),
  sources: z.array(z.object({ kind: z.enum(['mail', 'einvoice', 'csv', 'manual', 'connector']), ref: text(4_000).optional(), externalId: text(200).optional(), webmail: z.enum(['gmail', 'outlook']).optional(), service: text(50).optional(), addedAt: timestamp })).max(100),
  threadIds: z.array(id).max(1_000),
  threadUrl: text(4_000).optional(),
  paymentLink: text(4_000).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  rev: z.number().int().min(0),
});

const body = text(1_000_000);
const payloads = {
  'invoice-sent': z.object({ messageId: text(1_000).optional(), threadId: text(1_000).optional(), to: z.array(address).optional(), subject: text(2_000).optional() }),
  'invoice-tracked': z.object({ source: text(200) }),
  'reminder-inserted': z.object({ stage, templateId: text(200), subject: text(2_000), body, threadId: text(1_000).optional() }),
  'reminder-sent': z.object({ stage, templateId: text(200).optional(), to: z.array(address), cc: z.array(address).optional(), subject: text(2_000), body, bodySha256: text(64), messageId: text(1_000).optional(), threadId: text(1_000).optional() }),
  'service-reminder': z.object({ service: text(200), subject: text(2_000), messageId: text(1_000).optional() }),
  'reply-received': z.object({ messageId: text(1_000), from: address, excerpt: body, kind: z.enum(['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other']), phrase: text(2_000).optional(), promisedDate: isoDate.optional(), receivedAt: text(100) }),
  call: z.object({ with: text(500).optional(), summary: body }),
  note: z.object({ text: body }),
  'letter-sent': z.object({ trackingNumber: text(100).optional(), sentOn: isoDate, kind: z.enum(['formal-notice', 'other']) }),
  'acknowledgement-received': z.object({ receivedOn: isoDate, trackingNumber: text(100).optional() }),
  payment: z.object({ amount: money, receivedOn: isoDate, method: text(200).optional(), full: z.boolean() }),
  promise: z.object({ promisedDate: isoDate.optional(), source: z.enum(['reply', 'call', 'user']) }),
  dispute: z.object({ reason: body.optional() }),
  'status-change': z.object({ from: status, to: status, reason: text(2_000).optional() }),
  'stage-change': z.object({ from: stage, to: stage, reason: text(2_000).optional() }),
  export: z.object({ what: z.enum(['formal-notice', 'evidence-docx', 'evidence-csv', 'evidence-json', 'backup']), fileName: text(500), sha256: hash }),
  'registry-check': z.object({ siren: text(20), active: z.boolean(), proceedings: text(2_000).optional(), publishedOn: isoDate.optional() }),
  correction: z.object({ reason: body }),
  'platform-status': z.object({ platform: z.enum(['pennylane', 'qonto']), code: text(20), raw: text(200), on: isoDate.optional(), reason: text(2_000).optional(), amount: money.optional() }),
} satisfies Record<EventKind, z.ZodType>;

const eventBase = { id, invoiceId: id, seq: z.number().int().min(0), recordedAt: timestamp, occurredOn: isoDate, corrects: id.optional(), prevHash: z.union([z.literal(''), hash]), hash };

export const eventSchema = z.discriminatedUnion(
  'kind',
  (Object.keys(payloads) as EventKind[]).map((kind) => z.object({ ...eventBase, kind: z.literal(kind), data: payloads[kind] })) as unknown as [
    z.ZodObject<typeof eventBase & { kind: z.ZodLiteral<EventKind>; data: z.ZodType }>,
  ],
);

export const templateSchema = z.object({ id: text(300), templateId: text(200), language: z.enum(['fr', 'en']), subject: text(2_000), body: text(200_000), updatedAt: timestamp });

/** Settings as the options page saves them, the user's rate corrections included. */
export const backupSettingsSchema = settingsSchema;

// Compile-time guard: a field added to a model type and not here would be silently dropped by a restore.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Assert<T extends true> = T;
type _SchemasCoverModels = [
  Assert<SameKeys<Client, z.infer<typeof clientSchema>>>,
  Assert<SameKeys<Invoice, z.infer<typeof invoiceSchema>>>,
  Assert<SameKeys<Settings, z.infer<typeof backupSettingsSchema>>>,
  Assert<SameKeys<TemplateOverride, z.infer<typeof templateSchema>>>,
  Assert<SameKeys<Omit<TimelineEvent, 'kind' | 'data'>, typeof eventBase>>,
];
