import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { DEBTOR_KINDS, type Client } from '../model/client';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import type { TemplateOverride } from '../model/template-override';
import { settingsSchema } from '../model/settings-schema';
import { timelineEventSchema } from '../model/event-schemas';
import { httpsUrl, invoiceStatus, isoDate, mailAddress, money, recordId as id, sha256Digest, stage, text, timestamp } from '../model/schema-primitives';

/** Zod schemas of every stored record, as a backup file must carry them. Unknown fields are dropped (z.object strips). */

export const clientSchema = lazily(() =>
  z.object({
    id,
    name: text(500),
    company: z.optional(text(500)),
    emails: z.array(mailAddress).check(z.maxLength(100)),
    kind: z.enum(DEBTOR_KINDS),
    address: z.optional(z.array(text(500)).check(z.maxLength(10))),
    siren: z.optional(text(20)),
    vatId: z.optional(text(30)),
    language: z.enum(['fr', 'en']),
    languageSource: z.optional(z.enum(['user', 'replies', 'sent-mail', 'settings'])),
    paused: z.optional(z.boolean()),
    registry: z.optional(
      z.object({
        siren: text(20),
        name: text(500),
        address: z.array(text(500)).check(z.maxLength(10)),
        legalForm: z.optional(text(200)),
        publicBody: z.optional(z.boolean()),
        active: z.boolean(),
        ceasedOn: z.optional(isoDate),
        checkedOn: isoDate,
      }),
    ),
    proceedings: z.optional(
      z.object({
        kind: z.enum(['sauvegarde', 'redressement', 'liquidation']),
        publishedOn: isoDate,
        judgedOn: z.optional(isoDate),
        court: z.optional(text(500)),
        closedOn: z.optional(isoDate),
      }),
    ),
    createdAt: timestamp,
    updatedAt: timestamp,
    rev: z.int().check(z.minimum(0)),
  }),
);

export const invoiceSchema = lazily(() =>
  z.object({
    id,
    number: text(200),
    clientId: id,
    issueDate: isoDate,
    issueDateUnknown: z.optional(z.boolean()),
    dueDate: isoDate,
    total: money,
    amountDue: money,
    status: invoiceStatus,
    stage,
    nextActionDate: z.optional(isoDate),
    nextActionKind: z.optional(text(50)),
    paused: z.optional(z.boolean()),
    snoozedUntil: z.optional(isoDate),
    contractualRate: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    directDebitDate: z.optional(isoDate),
    workFinishedOn: z.optional(isoDate),
    sources: z
      .array(
        z.object({
          kind: z.enum(['mail', 'einvoice', 'csv', 'manual', 'connector']),
          ref: z.optional(text(4_000)),
          externalId: z.optional(text(200)),
          webmail: z.optional(z.enum(['gmail', 'outlook'])),
          service: z.optional(text(50)),
          addedAt: timestamp,
        }),
      )
      .check(z.maxLength(100)),
    threadIds: z.array(id).check(z.maxLength(1_000)),
    threadUrl: z.optional(httpsUrl),
    paymentLink: z.optional(httpsUrl),
    createdAt: timestamp,
    updatedAt: timestamp,
    rev: z.int().check(z.minimum(0)),
    chainHead: z.optional(z.union([z.literal(''), sha256Digest])),
    eventCount: z.optional(z.int().check(z.minimum(0))),
  }),
);

/** Timeline events: one schema per kind, shared with the router (utils/model/event-schemas.ts). */
export const eventSchema = timelineEventSchema;

export const templateSchema = lazily(() =>
  z.object({
    id: text(300),
    templateId: text(200),
    language: z.enum(['fr', 'en']),
    subject: text(2_000),
    body: text(200_000),
    updatedAt: timestamp,
  }),
);

/** Settings as the options page saves them, the user's rate corrections included. */
export const backupSettingsSchema = settingsSchema;

// Compile-time guard: a field added to a model type and not here would be silently dropped by a restore.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Assert<T extends true> = T;
type _SchemasCoverModels = [
  Assert<SameKeys<Client, z.infer<ReturnType<typeof clientSchema>>>>,
  Assert<SameKeys<Invoice, z.infer<ReturnType<typeof invoiceSchema>>>>,
  Assert<SameKeys<Settings, z.infer<ReturnType<typeof backupSettingsSchema>>>>,
  Assert<SameKeys<TemplateOverride, z.infer<ReturnType<typeof templateSchema>>>>,
];
