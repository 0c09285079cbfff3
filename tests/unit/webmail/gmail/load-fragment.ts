import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts a saved Gmail page (fragments/<name>.html) into this happy-dom window at the URL it was saved from
 * (the first line's comment), or at `url` when given.
 */
export function loadFragment(name: string, url?: string): void {
  const html = readFileSync(join(__dirname, 'fragments', `${name}.html`), 'utf8');
  const savedAt = /^<!-- (\S+) -->/.exec(html)?.[1];
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url ?? savedAt ?? 'https://mail.google.com/mail/u/0/#inbox');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}
