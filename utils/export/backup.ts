import { z } from 'zod';
import type { Client } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import type { TemplateOverride } from '../model/template-override';
import { verifyChainsByInvoice, type ChainVerification } from '../evidence/verify-chain';
import { chainSealsOf } from '../evidence/chain-seal';
import { backupSettingsSchema, clientSchema, eventSchema, invoiceSchema, templateSchema } from './backup-schema';
import { NO_PROGRESS, type ProgressReport } from '../progress/progress-report';

/** Bump when the file's shape changes, and teach parseBackup to read the previous version. */
export const BACKUP_VERSION = 1;
export const BACKUP_FORMAT = 'relance-backup';

export interface BackupStores {
  clients: Client[];
  invoices: Invoice[];
  events: TimelineEvent[];
  settings: Settings;
  templates: TemplateOverride[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  stores: BackupStores;
}

export interface BackupReport {
  counts: { clients: number; invoices: number; events: number; templates: number };
}

/** An invoice whose timeline does not verify (edited, reordered, cut short): the file is refused, this says where. */
export interface BrokenChain {
  invoiceId: string;
  invoiceNumber: string;
  verification: Extract<ChainVerification, { intact: false }>;
}

export type BackupErrorCode = 'not-json' | 'not-a-backup' | 'newer-version' | 'forbidden-key' | 'invalid' | 'inconsistent' | 'broken-chain';

export type ParsedBackup =
  | { ok: true; data: BackupFile; report: BackupReport }
  | { ok: false; error: string; code: BackupErrorCode; brokenChains?: BrokenChain[] };

/** The whole database as one JSON text (compact: a large backup runs to tens of megabytes). */
export function serializeBackup(stores: BackupStores, exportedAt: string = new Date().toISOString()): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, stores };
  return JSON.stringify(file);
}

// The file's frame; its record lists are checked one record at a time (recordLists), in place.
const frameSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  stores: z.object({
    clients: z.array(z.unknown()),
    invoices: z.array(z.unknown()),
    events: z.array(z.unknown()),
    settings: backupSettingsSchema,
    templates: z.array(z.unknown()),
  }),
});

const recordLists = [
  ['clients', clientSchema],
  ['invoices', invoiceSchema],
  ['events', eventSchema],
  ['templates', templateSchema],
] as const;

/**
 * Validates every record of the lists in place: each checked copy replaces its raw record at once, so a 200 000-event
 * file is never held twice (a whole-file parse keeps the raw and the checked graphs together until the end).
 */
function validateRecords(stores: Record<string, unknown[]>): { path: PropertyKey[]; message: string } | undefined {
  for (const [name, schema] of recordLists) {
    const records = stores[name];
    for (let i = 0; i < records.length; i++) {
      const checked = (schema as z.ZodTypeAny).safeParse(records[i]);
      if (!checked.success) return { path: ['stores', name, i, ...checked.error.issues[0].path], message: checked.error.issues[0].message };
      records[i] = checked.data;
    }
  }
  return undefined;
}

// A key that can reach Object.prototype when a careless merge copies the data. Our files never contain one.
const FORBIDDEN_KEY = /"(__proto__|constructor|prototype)"\s*:/;

const MESSAGES = {
  fr: {
    'not-json': "Ce fichier n'est pas une sauvegarde Relance lisible (JSON invalide).",
    'not-a-backup': "Ce fichier n'est pas une sauvegarde Relance.",
    'newer-version': (found: number) =>
      `Cette sauvegarde a été faite par une version plus récente de Relance (format ${found}) ; cette version lit jusqu'au format ${BACKUP_VERSION}. Mettez Relance à jour, puis restaurez. Rien n'a été modifié.`,
    'forbidden-key': (key: string) => `Sauvegarde refusée : elle contient une clé interdite (« ${key} »). Rien n'a été modifié.`,
    invalid: (where: string, what: string) => `Sauvegarde refusée, donnée invalide à ${where} : ${what}. Rien n'a été modifié.`,
    inconsistent: (what: string) => `Sauvegarde refusée, données incohérentes : ${what}. Rien n'a été modifié.`,
    'broken-chain': (number: string, at: number, why: string) =>
      `Sauvegarde refusée : la chronologie de la facture ${number} ne se vérifie plus à l'événement n° ${at} (${why}). Restaurer ferait passer une preuve altérée pour intacte. Rien n'a été modifié.`,
    reasons: {
      hash: 'un événement a été modifié',
      link: 'un événement ne suit plus le précédent',
      seq: 'un événement manque, est en double ou déplacé',
      truncated: 'des événements manquent à la fin',
    },
  },
  en: {
    'not-json': 'This file is not a readable Relance backup (invalid JSON).',
    'not-a-backup': 'This file is not a Relance backup.',
    'newer-version': (found: number) =>
      `This backup was made by a newer version of Relance (format ${found}); this version reads up to format ${BACKUP_VERSION}. Update Relance, then restore. Nothing was changed.`,
    'forbidden-key': (key: string) => `Backup refused: it contains a forbidden key ("${key}"). Nothing was changed.`,
    invalid: (where: string, what: string) => `Backup refused, invalid data at ${where}: ${what}. Nothing was changed.`,
    inconsistent: (what: string) => `Backup refused, inconsistent data: ${what}. Nothing was changed.`,
    'broken-chain': (number: string, at: number, why: string) =>
      `Backup refused: the timeline of invoice ${number} no longer verifies at event no. ${at} (${why}). Restoring it would pass altered evidence off as intact. Nothing was changed.`,
    reasons: {
      hash: 'an event was edited',
      link: 'an event no longer follows the previous one',
      seq: 'an event is missing, duplicated or moved',
      truncated: 'events are missing at the end',
    },
  },
};

/**
 * The file parsed and its frame checked. Only the frame's copies of the record lists leave this function, holding the
 * raw records that validateRecords then replaces one by one: the raw parse is not kept beside the checked one.
 */
function readFrame(
  text: string,
  m: (typeof MESSAGES)['fr'],
): { ok: true; file: unknown; stores: Record<string, unknown[]> } | { ok: false; code: BackupErrorCode; error: string } {
  const forbidden = FORBIDDEN_KEY.exec(text);
  if (forbidden) return { ok: false, code: 'forbidden-key', error: m['forbidden-key'](forbidden[1]) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not-json', error: m['not-json'] };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) return { ok: false, code: 'not-a-backup', error: m['not-a-backup'] };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, code: 'newer-version', error: m['newer-version'](head.version) };
  }
  const frame = frameSchema.safeParse(raw);
  if (!frame.success) {
    const issue = frame.error.issues[0];
    return { ok: false, code: 'invalid', error: m.invalid(issuePath(issue.path), issue.message) };
  }
  return { ok: true, file: frame.data, stores: frame.data.stores as unknown as Record<string, unknown[]> };
}

/** Reads and validates a backup before anything is written: refuses newer versions, forbidden keys, invalid or dangling records, and any chain that does not verify against its invoice's seal. */
export async function parseBackup(text: string, language: 'fr' | 'en' = 'fr', progress: ProgressReport = NO_PROGRESS): Promise<ParsedBackup> {
  const m = MESSAGES[language];
  const frame = readFrame(text, m);
  if (!frame.ok) return frame;
  const recordIssue = validateRecords(frame.stores);
  if (recordIssue) return { ok: false, code: 'invalid', error: m.invalid(issuePath(recordIssue.path), recordIssue.message) };
  const data = frame.file as BackupFile;
  const { clients, invoices, events, templates } = data.stores;

  const problem = consistencyProblem(data.stores);
  if (problem) return { ok: false, code: 'inconsistent', error: m.inconsistent(problem) };

  // Hashing every event is the long part of checking a large backup: its count is the progress the page shows.
  const chains = await verifyChainsByInvoice(events, chainSealsOf(invoices), (done, total) => progress('checking', done, total));
  const numbers = new Map(invoices.map((invoice) => [invoice.id, invoice.number]));
  const brokenChains: BrokenChain[] = [];
  for (const [invoiceId, verification] of chains) {
    if (!verification.intact) brokenChains.push({ invoiceId, invoiceNumber: numbers.get(invoiceId) ?? invoiceId, verification });
  }
  if (brokenChains.length) {
    const [{ invoiceNumber, verification }] = brokenChains;
    return { ok: false, code: 'broken-chain', brokenChains, error: m['broken-chain'](invoiceNumber, verification.brokenAt, m.reasons[verification.reason]) };
  }
  return {
    ok: true,
    data,
    report: { counts: { clients: clients.length, invoices: invoices.length, events: events.length, templates: templates.length } },
  };
}

function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(root)';
}

/** Duplicate ids and records pointing at nothing: restoring them would leave an index or a view broken. */
function consistencyProblem(stores: BackupStores): string | undefined {
  for (const [name, records] of [
    ['clients', stores.clients],
    ['invoices', stores.invoices],
    ['events', stores.events],
    ['templates', stores.templates],
  ] as const) {
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.id)) return `${name}: id "${record.id}" ×2`;
      seen.add(record.id);
    }
  }
  const clientIds = new Set(stores.clients.map((client) => client.id));
  const orphanInvoice = stores.invoices.find((invoice) => !clientIds.has(invoice.clientId));
  if (orphanInvoice) return `invoice "${orphanInvoice.number}" → client "${orphanInvoice.clientId}" ?`;
  const invoiceIds = new Set(stores.invoices.map((invoice) => invoice.id));
  const orphanEvent = stores.events.find((event) => !invoiceIds.has(event.invoiceId));
  if (orphanEvent) return `event "${orphanEvent.id}" → invoice "${orphanEvent.invoiceId}" ?`;
  return undefined;
}
