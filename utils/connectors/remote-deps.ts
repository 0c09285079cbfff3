import type { ConnectionVault } from './connection-vault';
import type { TrackingKeyVault } from './tracking-key-vault';

/** What the background gives the connectors and the registry: the network, the key store, the granted hosts. */
export interface RemoteDeps {
  fetch: typeof fetch;
  vault: ConnectionVault;
  /** Whether the user granted these host permissions (they can be removed in the browser's settings at any time). */
  hasOrigins(origins: string[]): Promise<boolean>;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** What the registered-letter tracking needs: the network, the granted hosts, and the La Poste key. */
export type TrackingDeps = Pick<RemoteDeps, 'fetch' | 'hasOrigins' | 'timeoutMs' | 'sleep'> & { keys: TrackingKeyVault };
