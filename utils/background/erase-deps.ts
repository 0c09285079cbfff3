/** What "delete everything" removes outside the database: the extension's storage areas and the granted optional hosts. */
export interface EraseDeps {
  /** Empties browser.storage.local (connector keys, registry consent, sidebar state). */
  clearLocalStorage(): Promise<void>;
  /** Host patterns granted beyond the manifest's required hosts (connected services, the registry). */
  grantedOptionalOrigins(): Promise<string[]>;
  removeOrigins(origins: string[]): Promise<void>;
}
