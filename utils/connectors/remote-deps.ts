import type { ConnectionVault } from './connection-vault';

/** What the background gives the connectors and the registry: the network, the key store, the granted hosts. */
export interface RemoteDeps {
  fetch: typeof fetch;
  vault: ConnectionVault;
  /** Whether the user granted these host permissions (they can be removed in the browser's settings at any time). */
  hasOrigins(origins: string[]): Promise<boolean>;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}
