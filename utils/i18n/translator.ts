/**
 * Translating with a catalogue already in hand: what every context needs, without the catalogues themselves. The
 * content scripts are sent a subset by the background; the worker reads its own from the packaged `_locales`
 * (utils/background/packaged-strings.ts); pages bundle both (./translate.ts).
 */
export type { Language } from '../model/language';

export type MessageKey = keyof typeof import('../../public/_locales/fr/messages.json');
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;
/** A `_locales/<language>/messages.json` as chrome.i18n reads it. */
export type Catalog = Record<string, { message: string; description?: string }>;

/** French messages overlaid with another catalogue's, as plain strings (a missing key falls back to French). */
export function mergedStrings(french: Catalog, other: Catalog): Record<string, string> {
  // Run by a woken worker before its first answer: no merged copy of both catalogues, one pass when there is one.
  const strings: Record<string, string> = {};
  for (const key in french) strings[key] = french[key].message;
  if (other !== french) for (const key in other) strings[key] = other[key].message;
  return strings;
}

/** A translator over plain strings; `$1`..`$9` in a message are replaced by the substitutions, as chrome.i18n does. */
export function translatorFrom(strings: Record<string, string>): Translate {
  return (key, ...subs) => {
    const message = strings[key];
    if (message === undefined) return key;
    return message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}

/** The strings whose keys start with one of `prefixes`: what the sidebar needs, sent by the background. */
export function stringsWithPrefixes(strings: Record<string, string>, prefixes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(strings)) if (prefixes.some((p) => key.startsWith(p))) out[key] = message;
  return out;
}

/** Catalog key for an id that may contain dashes (stage, status and event ids): chrome.i18n keys allow [A-Za-z0-9_@]. */
export function keyFor(prefix: string, id: string): MessageKey {
  return `${prefix}${id.replace(/-/g, '_')}` as MessageKey;
}
