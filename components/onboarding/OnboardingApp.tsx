import type { OnboardingActions, OnboardingState } from './onboarding-store';
import { LanguageSelect } from '../common/LanguageSelect';
import { Notice } from '../common/Notice';
import { TextField } from '../common/TextField';

export interface OnboardingAppProps {
  state: OnboardingState;
  actions: OnboardingActions;
  dashboardUrl: string;
  optionsUrl: string;
}

/** The first-run page: who you are, how Relance reads the mail, that nothing leaves the machine, where to start. */
export function OnboardingApp({ state: s, actions: a, dashboardUrl, optionsUrl }: OnboardingAppProps) {
  const { t, form } = s;
  const field = (key: 'name' | 'legalForm' | 'siren' | 'email' | 'iban') => ({
    id: `onb-${key}`,
    value: form?.[key] ?? '',
    error: s.errors[key],
    onInput: (v: string) => a.setField(key, v),
  });
  return (
    <main lang={form?.language ?? 'fr'}>
      <h1>{t('onb_page_title')}</h1>
      <p>{t('onb_intro')}</p>
      <section aria-labelledby="onb-identity" class="card">
        <h2 id="onb-identity">{t('onb_step_identity')}</h2>
        <p class="hint">{t('onb_identity_help')}</p>
        {form && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void a.save();
            }}
            noValidate
          >
            <LanguageSelect
              id="onb-language"
              label={t('dash_language')}
              value={form.language}
              t={t}
              onChange={(language) => a.setField('language', language)}
            />
            <div class="grid-2">
              <TextField {...field('name')} label={t('opt_name')} required autoComplete="organization" />
              <TextField {...field('legalForm')} label={t('opt_legal_form')} />
              <TextField {...field('siren')} label={t('opt_siren')} inputMode="numeric" />
              <TextField {...field('email')} label={t('opt_email')} type="email" autoComplete="email" />
              <TextField {...field('iban')} label={t('opt_iban')} />
            </div>
            <button type="submit" class="primary" disabled={s.busy}>
              {t('onb_save')}
            </button>
          </form>
        )}
        <Notice text={s.message?.text} tone={s.message?.tone ?? 'info'} />
      </section>
      <section aria-labelledby="onb-how" class="card">
        <h2 id="onb-how">{t('onb_step_how')}</h2>
        <p>{t('onb_how_1')}</p>
        <p>{t('onb_how_2')}</p>
        <p>
          <strong>{t('onb_how_3')}</strong>
        </p>
      </section>
      <section aria-labelledby="onb-privacy" class="card">
        <h2 id="onb-privacy">{t('onb_step_privacy')}</h2>
        <p>{t('onb_privacy')}</p>
      </section>
      <section aria-labelledby="onb-start" class="card">
        <h2 id="onb-start">{t('onb_step_start')}</h2>
        <div class="toolbar">
          <a class="button primary" href="https://mail.google.com/" target="_blank" rel="noopener noreferrer">
            {t('onb_open_gmail')}
          </a>
          <a class="button" href="https://outlook.office.com/mail/" target="_blank" rel="noopener noreferrer">
            {t('onb_open_outlook')}
          </a>
          <a class="button" href={dashboardUrl}>
            {t('onb_open_dashboard')}
          </a>
          <a class="button" href={optionsUrl}>
            {t('onb_open_options')}
          </a>
        </div>
      </section>
    </main>
  );
}
