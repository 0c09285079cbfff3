import type { Language, MessageKey, Translate } from '../../utils/i18n/translator';
import type { ClientSummary } from '../../utils/messages';
import { formatDateLong } from '../../utils/templates/format-date';
import { Notice } from '../common/Notice';
import type { RegistryActions, RegistryPanel } from './registry-panel';

export interface RegistrySectionProps {
  t: Translate;
  language: Language;
  clients: ClientSummary[];
  panel: RegistryPanel;
  actions: RegistryActions;
}

/** Registry lookups: allowed once from a click, then a SIREN checked for a client; the options store does the calls. */
export function RegistrySection({ t, language, clients, panel, actions }: RegistrySectionProps) {
  const { allowed, clientId, siren, busy, result, message } = panel;
  const day = (date: string) => formatDateLong(date, language);
  const found = result?.ok ? result : undefined;
  return (
    <section aria-labelledby="registry-title" class="card" data-testid="registry">
      <h2 id="registry-title">{t('reg_title')}</h2>
      <p class="hint">{t('reg_help')}</p>
      {allowed === false && (
        <button type="button" class="primary" onClick={actions.allowRegistry}>
          {t('reg_allow')}
        </button>
      )}
      {allowed && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void actions.checkRegistry();
          }}
        >
          <div class="field">
            <label for="reg-client">{t('reg_client')}</label>
            <select id="reg-client" value={clientId} onChange={(e) => actions.editRegistryQuery({ clientId: e.currentTarget.value })}>
              <option value="">{t('reg_no_client')}</option>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="reg-siren">{t('reg_siren')}</label>
            <input
              id="reg-siren"
              inputMode="numeric"
              autoComplete="off"
              value={siren}
              onInput={(e) => actions.editRegistryQuery({ siren: e.currentTarget.value })}
            />
          </div>
          <button type="submit" class="primary" disabled={busy || (!siren.trim() && !clientId)}>
            {busy ? t('reg_checking') : t('reg_check')}
          </button>
        </form>
      )}
      <Notice text={message?.text} tone={message?.tone ?? 'ok'} />
      {found && (
        <div data-testid="registry-result">
          {found.company ? (
            <dl>
              <dt>{t('reg_name')}</dt>
              <dd class="reg-name">{found.company.name}</dd>
              <dt>{t('reg_address')}</dt>
              <dd class="reg-address">{found.company.address.join(', ')}</dd>
              {found.company.legalForm && (
                <>
                  <dt>{t('reg_form')}</dt>
                  <dd>{found.company.legalForm}</dd>
                </>
              )}
              <dt>{t('reg_state')}</dt>
              <dd class="reg-state">
                {found.company.active ? t('reg_active') : found.company.ceasedOn ? t('reg_ceased_on', day(found.company.ceasedOn)) : t('reg_ceased')}
              </dd>
            </dl>
          ) : (
            <p>{t('reg_unknown')}</p>
          )}
          {found.proceedings ? (
            <p class="notice notice-error reg-proceedings">
              {t('reg_proceedings', t(`reg_kind_${found.proceedings.kind}` as MessageKey), day(found.proceedings.publishedOn), day(found.claimDeadline!))}
              {found.held > 0 && ` ${t('reg_held', found.held)}`}
            </p>
          ) : found.bodaccUnavailable ? (
            <p class="hint">{t('reg_bodacc_unavailable')}</p>
          ) : (
            <p class="hint">{t('reg_no_proceedings')}</p>
          )}
        </div>
      )}
    </section>
  );
}
