import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS } from './migrations';
import { DB_NAME, DB_VERSION, type RelanceDb } from './schema';

/**
 * Opens (creating or upgrading) the database, running every migration step past the stored version.
 * `onClose` tells the owner the connection is gone (a newer worker upgrading, or the browser closing it).
 */
export async function openRelanceDb(name = DB_NAME, version = DB_VERSION, onClose?: () => void): Promise<IDBPDatabase<RelanceDb>> {
  const db = await openDB<RelanceDb>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) {
        await MIGRATIONS[v](db as unknown as IDBPDatabase<unknown>, tx);
      }
    },
    // A newer worker wants to upgrade: step aside; the store reopens on its next call.
    blocking() {
      db.close();
      onClose?.();
    },
  });
  db.addEventListener('close', () => onClose?.());
  return db;
}
