import type { MessageKey } from '../../utils/i18n/translator';
import { TextField } from '../common/TextField';
import { LanguageSelect } from '../common/LanguageSelect';
import type { FormSectionProps } from './IdentitySection';

const LADDER: Array<['courtesy' | 'reminder1' | 'reminder2' | 'lastReminder' | 'formalNotice', MessageKey]> = [
  ['courtesy', 'opt_ladder_courtesy'],
  ['reminder1', 'opt_ladder_reminder1'],
  ['reminder2', 'opt_ladder_reminder2'],
  ['lastReminder', 'opt_ladder_last'],
  ['formalNotice', 'opt_ladder_notice'],
];

/** Payment terms, penalty rate (legal or contractual), formal-notice deadline, ladder delays, switches, holiday calendar, language. */
export function DefaultsSection({ form, errors, t, onField }: FormSectionProps) {
  const number = (key: 'paymentTermsDays' | 'formalNoticeDeadlineDays' | 'contractualRate' | (typeof LADDER)[number][0]) => ({
    id: `opt-${key}`,
    value: form[key],
    error: errors[key],
    inputMode: 'decimal' as const,
    onInput: (value: string) => onField(key, value),
  });
  return (
    <section aria-labelledby="defaults-title" class="card">
      <h2 id="defaults-title">{t('opt_defaults')}</h2>
      <div class="grid-2">
        <TextField {...number('paymentTermsDays')} label={t('opt_terms')} hint={t('opt_terms_help')} />
        <TextField {...number('formalNoticeDeadlineDays')} label={t('opt_deadline')} />
      </div>
      <fieldset>
        <legend>{t('opt_rate_mode')}</legend>
        {(['legal', 'contract'] as const).map((mode) => (
          <label key={mode} class="check">
            <input type="radio" name="rate-mode" value={mode} checked={form.rateMode === mode} onChange={() => onField('rateMode', mode)} />
            {t(mode === 'legal' ? 'opt_rate_legal' : 'opt_rate_contract')}
          </label>
        ))}
        {form.rateMode === 'contract' && <TextField {...number('contractualRate')} label={t('opt_rate')} hint={t('opt_rate_help')} />}
      </fieldset>
      <fieldset>
        <legend>{t('opt_ladder')}</legend>
        <div class="grid-2">
          {LADDER.map(([key, label]) => (
            <TextField key={key} {...number(key)} label={t(label)} />
          ))}
        </div>
        <label class="check">
          <input type="checkbox" checked={form.courtesyEnabled} onChange={(e) => onField('courtesyEnabled', e.currentTarget.checked)} />
          {t('opt_courtesy')}
        </label>
        <label class="check">
          <input type="checkbox" checked={form.groupByClient} onChange={(e) => onField('groupByClient', e.currentTarget.checked)} />
          {t('opt_group')}
        </label>
      </fieldset>
      <div class="field field-inline">
        <label for="opt-department">{t('opt_department')}</label>
        <select
          id="opt-department"
          aria-describedby="opt-department-help"
          value={form.department}
          onChange={(e) => onField('department', e.currentTarget.value as typeof form.department)}
        >
          <option value="">{t('opt_department_other')}</option>
          <option value="67">{t('opt_department_67')}</option>
          <option value="68">{t('opt_department_68')}</option>
          <option value="57">{t('opt_department_57')}</option>
        </select>
        <p class="hint" id="opt-department-help">
          {t('opt_department_help')}
        </p>
      </div>
      <LanguageSelect id="opt-language" label={t('opt_language')} value={form.language} t={t} onChange={(language) => onField('language', language)} />
    </section>
  );
}
