import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { Language } from '../model/language';
import { mergedStrings, translatorFrom, type Catalog, type Translate } from './translator';

/**
 * UI strings come from the extension's `_locales` catalogs (French default, English second), looked up by the
 * language the user chose in Relance's settings rather than the browser's, so switching takes effect at once. The
 * pages bundle both catalogues; the worker and the content scripts do not (./translator.ts).
 */
const CATALOGS: Record<Language, Catalog> = { fr, en };

// The catalogues are fixed at build time; every view asked for a translator, and building one copies both.
const STRINGS = new Map<Language, Record<string, string>>();
const TRANSLATORS = new Map<Language, Translate>();

/** The bundled strings of `language`, French under any key it lacks (a catalogue merged as chrome.i18n would). */
export function stringsOf(language: Language): Record<string, string> {
  let strings = STRINGS.get(language);
  if (!strings) {
    strings = mergedStrings(CATALOGS.fr, CATALOGS[language] ?? CATALOGS.fr);
    STRINGS.set(language, strings);
  }
  return strings;
}

/** A translator for `language` from the bundled catalogues. */
export function createTranslator(language: Language): Translate {
  let translate = TRANSLATORS.get(language);
  if (!translate) {
    translate = translatorFrom(stringsOf(language));
    TRANSLATORS.set(language, translate);
  }
  return translate;
}
