import type { CollectiveProceedings, RegistryFacts } from '../model/client';
import type { ConnectorId } from './connector';
import type { ConnectionFailure, SyncReport } from './connection-vault';

/** A service as the options page shows it: never the key, only its last four characters. */
export interface ConnectionView {
  id: ConnectorId;
  label: string;
  connected: boolean;
  origin?: string;
  keyHint?: string;
  connectedAt?: string;
  lastSync?: SyncReport;
  lastError?: ConnectionFailure;
}

export interface ConnectionsState {
  connections: ConnectionView[];
  /** Services that only offer OAuth apps: not available yet. */
  oauthOnly: string[];
}

/** The answer to 'connector:connect': refused before storing (wrong key, no permission) or connected and synced. */
export type ConnectResult = { ok: true; state: ConnectionsState } | { ok: false; error: Omit<ConnectionFailure, 'at'>; state: ConnectionsState };

/** The answer to 'registry:lookup'. */
export type RegistryLookupResult =
  | {
      ok: true;
      siren: string;
      company?: RegistryFacts;
      proceedings?: CollectiveProceedings;
      claimDeadline?: string;
      bodaccUnavailable?: boolean;
      clientId?: string;
      held: number;
    }
  | { ok: false; error: Omit<ConnectionFailure, 'at'> };
