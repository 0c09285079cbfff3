import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of a saved fragment (tests/unit/webmail/outlook/fragments/<name>.html). */
export const fragmentPath = (name: string): string => join(__dirname, 'fragments', `${name}.html`);

/**
 * Loads a saved Outlook page into the happy-dom document, with the `<html lang>` and URL path noted in its first
 * comment (`<!-- lang=fr-FR path=/mail/... -->`) unless given.
 */
export function loadFragment(file: string, at: { path?: string; lang?: string } = {}): void {
  const html = readFileSync(file, 'utf8');
  document.documentElement.lang = at.lang ?? html.match(/lang=([\w-]+)\s/)?.[1] ?? 'fr-FR';
  window.history.replaceState({}, '', at.path ?? html.match(/path=(\S+)/)?.[1] ?? '/mail/inbox');
  // Test fixtures only: our own saved pages, never mail from outside.
  document.body.innerHTML = html.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1] ?? html;
}
