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
