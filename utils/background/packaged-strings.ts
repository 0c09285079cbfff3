import { browser } from 'wxt/browser';
import { mergedStrings, type Catalog, type Language } from '../i18n/translator';

/**
 * The worker's UI strings (stage labels, list chips, notifications, reasons), read from the extension's own
 * `_locales/<language>/messages.json` when first asked and kept, instead of both catalogues bundled into the code
 * every wake-up parses (~98 KB, issue 17). A catalogue that cannot be read (a damaged install) rejects; the next ask
 * tries again.
 */
export function packagedStrings(): (language: Language) => Promise<Record<string, string>> {
  const catalogs = new Map<Language, Promise<Catalog>>();
  const catalog = (language: Language) => {
    let loading = catalogs.get(language);
    if (!loading) {
      loading = fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`)).then((r) => {
        if (!r.ok) throw new Error(`_locales/${language}/messages.json: ${r.status}`);
        return r.json() as Promise<Catalog>;
      });
      // User Timing (npm run bench): when a catalogue became available after the worker started.
      void loading.then(() => performance.mark(`relance:strings-${language}`)).catch(() => undefined);
      loading.catch(() => catalogs.delete(language));
      catalogs.set(language, loading);
    }
    return loading;
  };
  const strings = new Map<Language, Record<string, string>>();
  return async (language) => {
    const known = strings.get(language);
    if (known) return known;
    const [french, own] = await Promise.all([catalog('fr'), language === 'fr' ? undefined : catalog(language)]);
    const merged = mergedStrings(french, own ?? french);
    strings.set(language, merged);
    return merged;
  };
}
