import type { Translate } from '../../utils/i18n/translator';
import type { SettingsForm } from '../../utils/validate/settings-form';
import { TextField } from '../common/TextField';

export interface FormSectionProps {
  form: SettingsForm;
  errors: Partial<Record<keyof SettingsForm, string>>;
  t: Translate;
  onField: <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;
}

/** The creditor's identity: who signs the reminders and the formal notice. */
export function IdentitySection({ form, errors, t, onField }: FormSectionProps) {
  const field = (key: 'name' | 'legalForm' | 'siren' | 'vatId' | 'address' | 'city' | 'email' | 'representative' | 'iban' | 'bic' | 'signature') => ({
    id: `opt-${key}`,
    value: form[key],
    error: errors[key],
    onInput: (value: string) => onField(key, value),
  });
  return (
    <section aria-labelledby="identity-title" class="card">
      <h2 id="identity-title">{t('opt_identity')}</h2>
      <p class="hint">{t('opt_identity_help')}</p>
      <div class="grid-2">
        <TextField {...field('name')} label={t('opt_name')} required autoComplete="organization" />
        <TextField {...field('legalForm')} label={t('opt_legal_form')} />
        <TextField {...field('siren')} label={t('opt_siren')} inputMode="numeric" />
        <TextField {...field('vatId')} label={t('opt_vat')} />
        <TextField {...field('address')} label={t('opt_address')} multiline autoComplete="street-address" />
        <TextField {...field('city')} label={t('opt_city')} autoComplete="address-level2" />
        <TextField {...field('email')} label={t('opt_email')} type="email" autoComplete="email" />
        <TextField {...field('representative')} label={t('opt_representative')} autoComplete="name" />
        <TextField {...field('iban')} label={t('opt_iban')} />
        <TextField {...field('bic')} label={t('opt_bic')} />
        <TextField {...field('signature')} label={t('opt_signature')} multiline />
      </div>
    </section>
  );
}
