import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

/**
 * UI strings come from the extension's `_locales` catalogs (French default, English second), looked up by the
 * language the user chose in Relance's settings rather than the browser's, so switching takes effect at once.
 */
export type { Language } from '../model/language';
import type { Language } from '../model/language';
type Catalog = Record<string, { message: string; description?: string }>;
const CATALOGS: Record<Language, Catalog> = { fr, en };

export type MessageKey = keyof typeof fr;
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

// The catalogues are fixed at build time; every invoice view asked for a translator, and building one copies both.
const TRANSLATORS = new Map<Language, Translate>();

/** A translator for `language`; `$1`..`$9` in a message are replaced by the substitutions, as chrome.i18n does. */
export function createTranslator(language: Language): Translate {
  let translate = TRANSLATORS.get(language);
  if (!translate) {
    const catalog = CATALOGS[language] ?? CATALOGS.fr;
    const strings: Record<string, string> = {};
    for (const [key, entry] of Object.entries({ ...CATALOGS.fr, ...catalog })) strings[key] = entry.message;
    translate = translatorFrom(strings);
    TRANSLATORS.set(language, translate);
  }
  return translate;
}

/** The strings of `language` whose keys start with one of `prefixes`: what the sidebar needs, sent by the background. */
export function catalogSubset(language: Language, prefixes: readonly string[]): Record<string, string> {
  const catalog = { ...CATALOGS.fr, ...(CATALOGS[language] ?? {}) } as Catalog;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(catalog)) if (prefixes.some((p) => key.startsWith(p))) out[key] = entry.message;
  return out;
}

/**
 * A translator over plain strings. The content scripts use it with the subset the background sends, so the Gmail
 * bundle does not carry both full catalogs (issue 5's 40 KB budget).
 */
export function translatorFrom(strings: Record<string, string>): Translate {
  return (key, ...subs) => {
    const message = strings[key];
    if (message === undefined) return key;
    return message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}

/** Catalog key for an id that may contain dashes (stage, status and event ids): chrome.i18n keys allow [A-Za-z0-9_@]. */
export function keyFor(prefix: string, id: string): MessageKey {
  return `${prefix}${id.replace(/-/g, '_')}` as MessageKey;
}
