import { CHANGES_KEY, DB_NAME } from '../store/schema';

/**
 * The store's count of committed changes (utils/store/schema.ts CHANGES_KEY), read without the store: the worker's own
 * script reads it before any of the store's code is loaded. Undefined when it cannot be known: no database yet (none
 * is created here), one older than the count, or any failure.
 */
export function readChangeCount(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<number | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(undefined);
    }
    // No database yet: opening without a version would create an empty one that the store's migrations then skip.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // A newer worker upgrading the database is not kept waiting by this read.
      db.onversionchange = () => db.close();
      const done = (count: number | undefined) => {
        db.close();
        resolve(count);
      };
      if (!db.objectStoreNames.contains('meta')) return done(undefined);
      try {
        const get = db.transaction('meta').objectStore('meta').get(CHANGES_KEY);
        get.onsuccess = () => done(get.result === undefined ? 0 : typeof get.result === 'number' ? get.result : undefined);
        get.onerror = () => done(undefined);
      } catch {
        done(undefined);
      }
    };
  });
}
