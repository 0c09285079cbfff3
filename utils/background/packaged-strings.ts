import { mergedStrings, type Catalog, type Language } from '../i18n/translator';
import { readPackagedJson, rememberedUntilFailure } from './packaged-file';

/**
 * The worker's UI strings (stage labels, list chips, notifications, reasons), read from the extension's own
 * `_locales/<language>/messages.json` when first asked and kept, instead of both catalogues bundled into the code
 * every wake-up parses (~98 KB, issue 17). A catalogue that cannot be read (a damaged install) rejects; the next ask
 * tries again.
 */
export function packagedStrings(): (language: Language) => Promise<Record<string, string>> {
  const catalog = rememberedUntilFailure(async (language: Language) => {
    const read = await readPackagedJson<Catalog>(`/_locales/${language}/messages.json`);
    performance.mark(`relance:strings-${language}`); // User Timing (npm run bench): when it became available
    return read;
  });
  // French under every language: one catalogue read each, one merge each, however many ask at once.
  return rememberedUntilFailure(async (language: Language) => {
    const [french, own] = await Promise.all([catalog('fr'), language === 'fr' ? undefined : catalog(language)]);
    return mergedStrings(french, own ?? french);
  });
}
