import { browser, type PublicPath } from 'wxt/browser';

/**
 * A JSON file of the extension's own package (`/_locales/fr/messages.json`, `/reply-kind-model.json`), read by the
 * worker instead of carrying it in the code every wake-up parses (issue 17). Rejects when the file cannot be read (a
 * damaged install). Nothing leaves the machine.
 */
export async function readPackagedJson<T>(path: Extract<PublicPath, `${string}.json`>): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** `read`, each key's answer kept once it is asked for, and forgotten if it fails so the next ask tries again. */
export function rememberedUntilFailure<K, T>(read: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const known = new Map<K, Promise<T>>();
  return (key) => {
    let reading = known.get(key);
    if (!reading) {
      reading = read(key);
      reading.catch(() => known.delete(key));
      known.set(key, reading);
    }
    return reading;
  };
}
