import type { BackupStores, CheckedBackup } from '../../../utils/export/backup';

/** A checked backup's records gathered back into lists, to compare with what was saved. */
export function checkedStores(backup: CheckedBackup): BackupStores {
  const stores = { clients: [], invoices: [], events: [], templates: [], settings: backup.settings } as unknown as BackupStores;
  for (const { name, value } of backup.records.records()) (stores[name] as unknown[]).push(value);
  return stores;
}
