import { LanguageOptions } from './LanguageOptions';
import type { Language, Translate } from '../../utils/i18n/translator';

export interface LanguageSelectProps {
  id: string;
  label: string;
  value: Language;
  t: Translate;
  onChange: (language: Language) => void;
}

/** The interface language picker; each language is named in itself. */
export function LanguageSelect({ id, label, value, t, onChange }: LanguageSelectProps) {
  return (
    <div class="field field-inline">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Language)}>
        <LanguageOptions t={t} />
      </select>
    </div>
  );
}
