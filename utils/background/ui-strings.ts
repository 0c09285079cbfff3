import { translatorFrom, type Language, type Translate } from '../i18n/translator';

/** Where the background reads its UI strings: the worker passes its packaged catalogue reader (packaged-strings.ts). */
export interface UiStringsSource {
  strings?(language: Language): Promise<Record<string, string>>;
}

/**
 * The UI strings of `language`. Without a reader (Node, where there is no extension package to fetch from), the
 * catalogues bundled for the pages, imported only then so the worker's own code never carries them.
 */
export async function uiStrings(source: UiStringsSource, language: Language): Promise<Record<string, string>> {
  if (source.strings) return source.strings(language);
  // Cut from Chrome's worker build (a classic worker, bundled whole): it always passes its reader.
  if (import.meta.env.CHROME) throw new Error("Chrome's worker reads its packaged catalogues");
  return (await import('../i18n/translate')).stringsOf(language);
}

/** A translator over `uiStrings`. */
export async function uiTranslator(source: UiStringsSource, language: Language): Promise<Translate> {
  return translatorFrom(await uiStrings(source, language));
}
