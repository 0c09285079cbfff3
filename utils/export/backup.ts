import type { z } from '../validate/zod';
import type { Client } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import type { TemplateOverride } from '../model/template-override';
import type { ChainSeal, ChainVerification } from '../evidence/verify-chain';
import { chainSealOf } from '../evidence/chain-seal';
import { createChainLedger, type ChainLedger } from '../evidence/chain-ledger';
import { eventHashInput } from '../evidence/event-hash';
import { createDigestBatch } from '../evidence/digest-batch';
import { backupSettingsSchema, clientSchema, eventSchema, invoiceSchema, templateSchema } from './backup-schema';
import { BackupSyntaxError, createBackupScanner, type ScannedValue } from './backup-scanner';
import { createRecordLog } from './record-log';
import { checkedRecords, withoutDigests, type CheckedRecords } from './checked-records';
import { NO_PROGRESS, type ProgressReport } from '../progress/progress-report';
import type { Language } from '../model/language';

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

export type BackupList = 'clients' | 'invoices' | 'events' | 'templates';

/** A backup read and checked through, ready for the one transaction that writes it. */
export interface CheckedBackup {
  exportedAt: string;
  settings: Settings;
  /** Every record as validated (unknown fields dropped), in the file's order. */
  records: CheckedRecords<BackupList>;
  /** The file's chains, verified: `hashAt` compares them with the timelines this browser holds. */
  chains: ChainLedger;
}

export type ParsedBackup =
  | { ok: true; backup: CheckedBackup; report: BackupReport }
  | { ok: false; error: string; code: BackupErrorCode; brokenChains?: BrokenChain[] };

/** A piece of the file's text, with how far into the file it reaches (any unit: bytes, characters), for the progress. */
export interface BackupChunk {
  text: string;
  done: number;
  total: number;
}

/** The whole database as one JSON text (compact: a large backup runs to tens of megabytes). */
export function serializeBackup(stores: BackupStores, exportedAt: string = new Date().toISOString()): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, stores };
  return JSON.stringify(file);
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

/** What refuses a file, most telling first: a file with several faults is refused for the first of these it has. */
const RANKS: Record<Exclude<BackupErrorCode, 'inconsistent' | 'broken-chain'> | 'record', number> = {
  'forbidden-key': 0,
  'not-json': 1,
  'not-a-backup': 2,
  'newer-version': 3,
  invalid: 4,
  record: 5,
};
type Failure = { rank: number; code: BackupErrorCode; error: string };

const LIST_SCHEMAS: Record<BackupList, () => z.ZodMiniType> = {
  clients: clientSchema,
  invoices: invoiceSchema,
  events: eventSchema,
  templates: templateSchema,
};
const isList = (name: string): name is BackupList => Object.hasOwn(LIST_SCHEMAS, name);

// An event of a backup takes more than this in the file (its two digests alone take 140 characters): what caps how
// many events a file's invoices can make the reader reserve room for.
const MIN_EVENT_CHARS = 256;

// Digests run in parallel on Web Crypto's threads; a batch bounds the events waiting for theirs.
const HASH_BATCH = 2048;

/**
 * Reads a backup as it streams by and checks everything before anything is written: the frame, every record against
 * its schema, ids, references, and every invoice's hash chain against its seal. Records are checked one at a time and
 * kept only as compact checked copies (the records log) and chain digests (the ledger): neither the file's text nor
 * its parse tree is ever held whole. After a first fault, the rest is only scanned (no validation, no hashing), so
 * the file is refused for its most telling fault (RANKS), as if it had been read whole.
 */
export async function readBackup(
  chunks: AsyncIterable<BackupChunk> | Iterable<BackupChunk>,
  language: Language = 'fr',
  progress: ProgressReport = NO_PROGRESS,
): Promise<ParsedBackup> {
  const m = MESSAGES[language];
  let failure: Failure | undefined;
  const fail = (rank: number, code: BackupErrorCode, error: string) => {
    if (!failure || rank < failure.rank) failure = { rank, code, error };
  };
  const frame: { format?: unknown; version?: unknown; exportedAt?: unknown; settings?: Settings; stores: boolean } = { stores: false };
  const listsSeen = new Set<string>();
  const records = createRecordLog<BackupList>();
  const chains = createChainLedger();
  const ids: Record<BackupList, Set<string>> = { clients: new Set(), invoices: new Set(), events: new Set(), templates: new Set() };
  const duplicates: Partial<Record<BackupList, string>> = {};
  const invoiceClients: Array<{ number: string; clientId: string }> = [];
  const seals = new Map<string, ChainSeal>();
  const numbers = new Map<string, string>();
  // Events waiting for their digest, as the UTF-8 of the text it is taken over (the parsed event is dropped at once), from ledger number `firstUnhashed` on.
  const unhashed = createDigestBatch();
  let firstUnhashed = 0;

  const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
    const forbidden = FORBIDDEN_KEY.exec(text);
    if (forbidden) fail(RANKS['forbidden-key'], 'forbidden-key', m['forbidden-key'](forbidden[1]));
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      fail(RANKS['not-json'], 'not-json', m['not-json']);
      return { ok: false };
    }
  };
  const invalid = (rank: number, path: PropertyKey[], message: string) => fail(rank, 'invalid', m.invalid(issuePath(path), message));

  const onRecord = (list: BackupList, index: number, raw: unknown) => {
    const checked = LIST_SCHEMAS[list]().safeParse(raw);
    if (!checked.success) {
      const [issue] = checked.error.issues;
      return invalid(RANKS.record, ['stores', list, index, ...issue.path], issue.message);
    }
    const record = checked.data as { id: string };
    if (ids[list].has(record.id)) duplicates[list] ??= record.id;
    ids[list].add(record.id);
    if (list === 'invoices') {
      const invoice = record as Invoice;
      invoiceClients.push({ number: invoice.number, clientId: invoice.clientId });
      numbers.set(invoice.id, invoice.number);
      const seal = chainSealOf(invoice);
      if (seal) seals.set(invoice.id, seal);
    }
    if (list === 'events') {
      const event = record as TimelineEvent;
      const ordinal = chains.add(event);
      if (!unhashed.size) firstUnhashed = ordinal;
      unhashed.add(eventHashInput(event));
      records.append(list, withoutDigests(event));
    } else records.append(list, record);
  };

  const onValue = (value: ScannedValue) => {
    const parsed = parse(value.text);
    if (!parsed.ok) return;
    if (value.kind === 'root') return fail(RANKS['not-a-backup'], 'not-a-backup', m['not-a-backup']);
    if (value.kind === 'frame') {
      if (value.key === 'format') {
        frame.format = parsed.value;
        if (parsed.value !== BACKUP_FORMAT) fail(RANKS['not-a-backup'], 'not-a-backup', m['not-a-backup']);
      } else if (value.key === 'version') {
        frame.version = parsed.value;
        if (typeof parsed.value === 'number' && parsed.value > BACKUP_VERSION) fail(RANKS['newer-version'], 'newer-version', m['newer-version'](parsed.value));
        else if (parsed.value !== BACKUP_VERSION) invalid(RANKS.invalid, ['version'], `expected ${BACKUP_VERSION}`);
      } else if (value.key === 'exportedAt') frame.exportedAt = parsed.value;
      else if (value.key === 'stores') invalid(RANKS.invalid, ['stores'], 'expected object');
      return;
    }
    if (value.kind === 'store') {
      if (value.key === 'settings') {
        const settings = backupSettingsSchema().safeParse(parsed.value);
        if (settings.success) frame.settings = settings.data;
        else invalid(RANKS.invalid, ['stores', 'settings', ...settings.error.issues[0].path], settings.error.issues[0].message);
      } else if (isList(value.key)) invalid(RANKS.invalid, ['stores', value.key], 'expected array');
      return;
    }
    // Records are checked only while the file is still acceptable: after a fault, only what could outrank it is looked for.
    if (!failure && value.kind === 'record' && isList(value.list)) onRecord(value.list, value.index, parsed.value);
  };

  const scanner = createBackupScanner({
    value: onValue,
    key(raw) {
      const forbidden = FORBIDDEN_KEY.exec(`${raw}:`);
      if (forbidden) fail(RANKS['forbidden-key'], 'forbidden-key', m['forbidden-key'](forbidden[1]));
    },
    open(name) {
      if (name === 'events') chains.reserve(Math.min(eventsSealed(seals), Math.floor(fileSize / MIN_EVENT_CHARS)));
      if (name === 'stores') frame.stores = true;
      else if (listsSeen.has(name)) invalid(RANKS.invalid, ['stores', name], 'listed twice');
      else listsSeen.add(name);
    },
  });

  const hashWaiting = async () => {
    if (failure) return unhashed.clear();
    const first = firstUnhashed;
    const digests = await unhashed.digestAll();
    for (let i = 0; i < digests.length; i++) chains.hashed(first + i, digests[i]);
  };

  let fileSize = 0;
  try {
    for await (const chunk of chunks) {
      fileSize = chunk.total;
      scanner.push(chunk.text);
      if (unhashed.size >= HASH_BATCH) await hashWaiting();
      progress('checking', chunk.done, chunk.total);
    }
    scanner.end();
    await hashWaiting();
  } catch (error) {
    if (!(error instanceof BackupSyntaxError)) throw error;
    fail(RANKS['not-json'], 'not-json', m['not-json']);
  }

  if (!failure) {
    const missingList = (Object.keys(LIST_SCHEMAS) as BackupList[]).find((list) => !listsSeen.has(list));
    if (frame.format === undefined) fail(RANKS['not-a-backup'], 'not-a-backup', m['not-a-backup']);
    else if (frame.version === undefined) invalid(RANKS.invalid, ['version'], `expected ${BACKUP_VERSION}`);
    else if (typeof frame.exportedAt !== 'string') invalid(RANKS.invalid, ['exportedAt'], 'expected string');
    else if (!frame.stores) invalid(RANKS.invalid, ['stores'], 'expected object');
    else if (missingList) invalid(RANKS.invalid, ['stores', missingList], 'expected array');
    else if (!frame.settings) invalid(RANKS.invalid, ['stores', 'settings'], 'expected object');
  }
  if (failure) return { ok: false, code: failure.code, error: failure.error };

  const problem = consistencyProblem(ids, duplicates, invoiceClients, chains);
  if (problem) return { ok: false, code: 'inconsistent', error: m.inconsistent(problem) };

  const brokenChains: BrokenChain[] = [];
  for (const [invoiceId, verification] of chains.verify(seals)) {
    if (!verification.intact) brokenChains.push({ invoiceId, invoiceNumber: numbers.get(invoiceId) ?? invoiceId, verification });
  }
  if (brokenChains.length) {
    const [{ invoiceNumber, verification }] = brokenChains;
    return { ok: false, code: 'broken-chain', brokenChains, error: m['broken-chain'](invoiceNumber, verification.brokenAt, m.reasons[verification.reason]) };
  }
  return {
    ok: true,
    backup: { exportedAt: frame.exportedAt as string, settings: frame.settings as Settings, records: checkedRecords(records, chains, 'events'), chains },
    report: { counts: { clients: ids.clients.size, invoices: ids.invoices.size, events: chains.size, templates: ids.templates.size } },
  };
}

// A backup file is compact JSON on one line: pieces of 1 MB keep each scan step short and the copies small.
const TEXT_CHUNK = 1 << 20;

/** A backup already in memory, as pieces for readBackup (its progress counts characters). */
export function* textChunks(text: string): Generator<BackupChunk> {
  for (let at = 0; at < text.length || at === 0; at += TEXT_CHUNK) {
    const end = Math.min(at + TEXT_CHUNK, text.length);
    yield { text: text.slice(at, end), done: end, total: text.length };
  }
}

/** readBackup over a text already in memory. */
export function parseBackup(text: string, language: Language = 'fr', progress: ProgressReport = NO_PROGRESS): Promise<ParsedBackup> {
  return readBackup(textChunks(text), language, progress);
}

function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(root)';
}

/** How many events the invoices read so far say their chains hold (a hint: the chains are verified against it later). */
function eventsSealed(seals: ReadonlyMap<string, ChainSeal>): number {
  let events = 0;
  for (const seal of seals.values()) events += seal.count;
  return events;
}

/** Duplicate ids and records pointing at nothing: restoring them would leave an index or a view broken. */
function consistencyProblem(
  ids: Record<BackupList, ReadonlySet<string>>,
  duplicates: Partial<Record<BackupList, string>>,
  invoiceClients: ReadonlyArray<{ number: string; clientId: string }>,
  chains: ChainLedger,
): string | undefined {
  for (const list of ['clients', 'invoices', 'events', 'templates'] as const) {
    if (duplicates[list] !== undefined) return `${list}: id "${duplicates[list]}" ×2`;
  }
  const orphanInvoice = invoiceClients.find((invoice) => !ids.clients.has(invoice.clientId));
  if (orphanInvoice) return `invoice "${orphanInvoice.number}" → client "${orphanInvoice.clientId}" ?`;
  const orphanEvent = chains.firstOrphan(ids.invoices);
  if (orphanEvent) return `event "${orphanEvent.eventId}" → invoice "${orphanEvent.invoiceId}" ?`;
  return undefined;
}
