import type { Language, Translate } from '../../utils/i18n/translator';

const LANGUAGES: Array<{ code: Language; name: 'dash_lang_fr' | 'dash_lang_en' }> = [
  { code: 'fr', name: 'dash_lang_fr' },
  { code: 'en', name: 'dash_lang_en' },
];

/** The two languages as a select's options, each named in itself. */
export function LanguageOptions({ t }: { t: Translate }) {
  return (
    <>
      {LANGUAGES.map(({ code, name }) => (
        <option key={code} value={code} lang={code}>
          {t(name)}
        </option>
      ))}
    </>
  );
}
