import type { ConnectorErrorCode } from './connector-error';
import type { ConnectorId, Credential } from './connector';

/** What one sync did, shown on the options page. */
export interface SyncReport {
  at: string;
  /** Open invoices the service has. */
  open: number;
  imported: number;
  /** Already tracked (from the mailbox or a previous sync): merged, amounts brought down by payments. */
  updated: number;
  /** Tracked invoices the service now says paid or void: out of the ladder. */
  closed: number;
  /** Open invoices we could not import (no client e-mail, unknown currency). */
  skipped: number;
  failed: number;
}

export interface ConnectionFailure {
  at: string;
  code: ConnectorErrorCode;
  reason?: string;
  status?: number;
  message: string;
}

/** One connected service as stored: the credential stays in the background's local storage, nowhere else. */
export interface StoredConnection {
  id: ConnectorId;
  credential: Credential;
  connectedAt: string;
  lastSync?: SyncReport;
  lastError?: ConnectionFailure;
}

/** The part of chrome.storage.local we use (injected, so tests run without a browser). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The connections and their keys, in the extension's local storage: never synced, and outside IndexedDB, so a
 * backup (utils/export/backup.ts dumps the IndexedDB stores) never carries a key.
 */
export interface ConnectionVault {
  all(): Promise<StoredConnection[]>;
  get(id: ConnectorId): Promise<StoredConnection | undefined>;
  put(connection: StoredConnection): Promise<void>;
  remove(id: ConnectorId): Promise<void>;
}

const KEY = 'connections.v1';

/** A vault over a storage area; writes are serialised so two syncs finishing together do not lose one. */
export function createConnectionVault(area: KeyValueArea): ConnectionVault {
  let chain: Promise<unknown> = Promise.resolve();
  const read = async () => ((await area.get(KEY))[KEY] as Record<string, StoredConnection> | undefined) ?? {};
  const update = (change: (all: Record<string, StoredConnection>) => void) => {
    const next = chain.then(async () => {
      const all = await read();
      change(all);
      await area.set({ [KEY]: all });
    });
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    all: async () => Object.values(await read()),
    get: async (id) => (await read())[id],
    put: (connection) => update((all) => void (all[connection.id] = connection)),
    remove: (id) => update((all) => void delete all[id]),
  };
}
