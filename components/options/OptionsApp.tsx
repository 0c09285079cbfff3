import type { OptionsActions, OptionsState } from './options-store';
import { Notice } from '../common/Notice';
import { ClientsSection } from './ClientsSection';
import { ConnectionsSection } from './ConnectionsSection';
import { DefaultsSection } from './DefaultsSection';
import { DiagnosticSection } from './DiagnosticSection';
import { EraseEverythingSection } from './EraseEverythingSection';
import { IdentitySection } from './IdentitySection';
import { PrivacySection } from './PrivacySection';
import { RatesTable } from './RatesTable';
import { RegistrySection } from './RegistrySection';
import { LetterTrackingSection } from './LetterTrackingSection';
import { SecondOpinionField } from './SecondOpinionField';
import { TemplatesSection } from './TemplatesSection';

export interface OptionsAppProps {
  state: OptionsState;
  actions: OptionsActions;
  dashboardUrl: string;
}

/** The options page: identity and defaults in one form, then templates and the rate table. */
export function OptionsApp({ state: s, actions: a, dashboardUrl }: OptionsAppProps) {
  const { t } = s;
  return (
    <main lang={s.language}>
      <h1>{t('opt_title')}</h1>
      <nav aria-label={t('opt_nav')} class="toolbar">
        <a href="#identity-title">{t('opt_identity')}</a>
        <a href="#defaults-title">{t('opt_defaults')}</a>
        <a href="#clients-title">{t('opt_clients')}</a>
        <a href="#templates-title">{t('opt_templates')}</a>
        <a href="#rates-title">{t('opt_rates')}</a>
        <a href="#connections-title">{t('conn_title')}</a>
        <a href="#registry-title">{t('reg_title')}</a>
        <a href="#diagnostic-title">{t('opt_diag_title')}</a>
        <a href="#privacy-title">{t('opt_privacy')}</a>
        <a href="#erase-title">{t('erase_title')}</a>
        <a href={dashboardUrl}>{t('dash_title')}</a>
      </nav>
      {s.status === 'loading' && <p role="status">{t('dash_loading')}</p>}
      {s.form && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void a.save();
          }}
          noValidate
        >
          <IdentitySection form={s.form} errors={s.errors} t={t} onField={a.setField} />
          <DefaultsSection form={s.form} errors={s.errors} t={t} onField={a.setField} />
          <SecondOpinionField checked={s.form.secondOpinion} modelState={s.modelState} t={t} onChange={a.setSecondOpinion} />
          <Notice text={s.message?.text} tone={s.message?.tone ?? 'info'} />
          <button type="submit" class="primary" disabled={s.busy}>
            {s.busy ? t('opt_saving') : t('opt_save')}
          </button>
        </form>
      )}
      {!s.form && <Notice text={s.message?.text} tone={s.message?.tone ?? 'info'} />}
      {s.status === 'ready' && <ClientsSection clients={s.clients} busy={s.busy} t={t} onUpdate={a.updateClient} />}
      <Notice text={s.clientMessage?.text} tone={s.clientMessage?.tone ?? 'info'} />
      {s.status === 'ready' && (
        <TemplatesSection templates={s.templates} draft={s.draft} preview={a.preview(s)} busy={s.busy} uiLanguage={s.language} t={t} actions={a} />
      )}
      <Notice text={s.templateMessage?.text} tone={s.templateMessage?.tone ?? 'info'} />
      {s.status === 'ready' && <ConnectionsSection t={t} language={s.language} panel={s.connections} actions={a} />}
      {s.status === 'ready' && <RegistrySection t={t} language={s.language} clients={s.clients} panel={s.registry} actions={a} />}
      {s.status === 'ready' && <LetterTrackingSection t={t} panel={s.tracking} actions={a} />}
      <RatesTable today={s.today} overrides={s.saved?.rateOverrides ?? []} onAdd={a.addRate} language={s.language} t={t} />
      <Notice text={s.rateMessage?.text} tone={s.rateMessage?.tone ?? 'info'} />
      <DiagnosticSection t={t} collect={a.collectDiagnostics} />
      <PrivacySection t={t} language={s.language} />
      {s.status === 'ready' && <EraseEverythingSection t={t} />}
    </main>
  );
}
