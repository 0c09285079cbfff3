import { z } from 'zod';
import { DEBTOR_KINDS, type Client } from '../model/client';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import type { TemplateOverride } from '../model/template-override';
import { settingsSchema } from '../model/settings-schema';
import { timelineEventSchema } from '../model/event-schemas';
import { httpsUrl, invoiceStatus, isoDate, mailAddress, money, recordId as id, sha256Digest, stage, text, timestamp } from '../model/schema-primitives';

/** Zod schemas of every stored record, as a backup file must carry them. Unknown fields are dropped (z.object strips). */

export const clientSchema = z.object({
  id,
  name: text(500),
  company: text(500).optional(),
  emails: z.array(mailAddress).max(100),
  kind: z.enum(DEBTOR_KINDS),
  address: z.array(text(500)).max(10).optional(),
  siren: text(20).optional(),
  vatId: text(30).optional(),
  language: z.enum(['fr', 'en']),
  languageSource: z.enum(['user', 'replies', 'sent-mail', 'settings']).optional(),
  paused: z.boolean().optional(),
  registry: z
    .object({
      siren: text(20),
      name: text(500),
      address: z.array(text(500)).max(10),
      legalForm: text(200).optional(),
      publicBody: z.boolean().optional(),
      active: z.boolean(),
      ceasedOn: isoDate.optional(),
      checkedOn: isoDate,
    })
    .optional(),
  proceedings: z
    .object({
      kind: z.enum(['sauvegarde', 'redressement', 'liquidation']),
      publishedOn: isoDate,
      judgedOn: isoDate.optional(),
      court: text(500).optional(),
      closedOn: isoDate.optional(),
    })
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
  status: invoiceStatus,
  stage,
  nextActionDate: isoDate.optional(),
  nextActionKind: text(50).optional(),
  paused: z.boolean().optional(),
  snoozedUntil: isoDate.optional(),
  contractualRate: z.number().min(0).max(100).optional(),
  directDebitDate: isoDate.optional(),
  workFinishedOn: isoDate.optional(),
  sources: z
    .array(
      z.object({
        kind: z.enum(['mail', 'einvoice', 'csv', 'manual', 'connector']),
        ref: text(4_000).optional(),
        externalId: text(200).optional(),
        webmail: z.enum(['gmail', 'outlook']).optional(),
        service: text(50).optional(),
        addedAt: timestamp,
      }),
    )
    .max(100),
  threadIds: z.array(id).max(1_000),
  threadUrl: httpsUrl.optional(),
  paymentLink: httpsUrl.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  rev: z.number().int().min(0),
  chainHead: z.union([z.literal(''), sha256Digest]).optional(),
  eventCount: z.number().int().min(0).optional(),
});

/** Timeline events: one schema per kind, shared with the router (utils/model/event-schemas.ts). */
export const eventSchema = timelineEventSchema;

export const templateSchema = z.object({
  id: text(300),
  templateId: text(200),
  language: z.enum(['fr', 'en']),
  subject: text(2_000),
  body: text(200_000),
  updatedAt: timestamp,
});

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
];
