import type { DBSchema } from 'idb';
import type { Client } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { MailSighting } from '../model/mail-sighting';
import type { Settings } from '../model/settings';
import type { TemplateOverride } from '../model/template-override';

export const DB_NAME = 'relance';
/** Bump with a new entry in migrations.ts and a fixture of the previous version in tests/fixtures/db/. */
export const DB_VERSION = 6;

/** A client as stored: `emailKeys` (lower-cased addresses) feeds the byEmail index (added in v2). */
export type StoredClient = Client & { emailKeys: string[] };

/** Local log of refused messages and storage failures, for the user and for bug reports. Never leaves the machine. */
export interface LogEntry {
  id?: number;
  at: string;
  level: 'warn' | 'error';
  what: string;
  detail: string;
  /** Refusals of the same kind in a row from outside (another extension), counted in one entry: see RelanceStore.log. */
  count?: number;
}

export interface RelanceDb extends DBSchema {
  clients: { key: string; value: StoredClient; indexes: { byEmail: string } };
  invoices: {
    key: string;
    value: Invoice;
    indexes: { byStatusNext: [string, string]; byThread: string; byClient: string; byNumber: string };
  };
  events: { key: string; value: TimelineEvent; indexes: { byInvoiceSeq: [string, number]; byRecordedAt: string } };
  settings: { key: string; value: Settings };
  templates: { key: string; value: TemplateOverride };
  log: { key: number; value: LogEntry };
  /** Secrets only the background reads (connector keys): the extension's own IndexedDB, out of content scripts' reach, never backed up. */
  vault: { key: string; value: unknown };
  /** Mails naming an invoice number (v4): a local index of what was read, not evidence, not backed up. */
  sightings: { key: string; value: MailSighting; indexes: { byNumber: string; byThread: string } };
  /** Counters the store keeps beside the data (v6): CHANGES_KEY counts the writes told to listeners. Not backed up. */
  meta: { key: string; value: number };
}

/**
 * The meta key counting committed changes, bumped in the same transaction as each write that tells its listeners:
 * whoever keeps copies of answers (the sidebar's kept thread views) proves it heard every change by this count.
 */
export const CHANGES_KEY = 'changes';

export type StoreName = 'clients' | 'invoices' | 'events' | 'settings' | 'templates';
export const BACKED_UP_STORES: StoreName[] = ['clients', 'invoices', 'events', 'settings', 'templates'];
