import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RegistryLookupResult } from '../../utils/connectors/connection-view';
import type { Language, MessageKey, Translate } from '../../utils/i18n/translate';
import type { ClientSummary } from '../../utils/messages';
import { send } from '../../utils/messaging/send';
import { REGISTRY_ORIGINS } from '../../utils/registry/lookup-company';
import { formatDateLong } from '../../utils/templates/format-date';
import { Notice } from '../common/Notice';
import { explainError } from '../../utils/errors/explain-error';

export interface RegistrySectionProps {
  t: Translate;
  language: Language;
}

/** Registry lookups: allowed once from a click (optional host permissions), then a SIREN checked for a client. */
export function RegistrySection({ t, language }: RegistrySectionProps) {
  const [allowed, setAllowed] = useState<boolean>();
  const [clients, setClients] = useState<ClientSummary[]>([]);
  const [clientId, setClientId] = useState('');
  const [siren, setSiren] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RegistryLookupResult>();
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' }>();

  useEffect(() => {
    browser.permissions.contains({ origins: REGISTRY_ORIGINS }).then(setAllowed, () => setAllowed(false));
    send('clients:list', {}).then(setClients, () => undefined);
  }, []);

  const allow = () => {
    // First thing in the click: Chrome shows the prompt only during the user's gesture.
    browser.permissions.request({ origins: REGISTRY_ORIGINS }).then((granted) => {
      setAllowed(granted);
      setMessage({ text: t(granted ? 'reg_allowed' : 'reg_denied'), tone: granted ? 'ok' : 'error' });
    });
  };

  const check = async () => {
    setBusy(true);
    setMessage(undefined);
    setResult(undefined);
    try {
      const answer = await send('registry:lookup', { ...(clientId ? { clientId } : {}), ...(siren.trim() ? { siren } : {}) });
      setResult(answer);
      if (!answer.ok) {
        const key = answer.error.reason === 'siren' ? 'reg_err_siren' : answer.error.code === 'permission' ? 'reg_err_permission' : undefined;
        setMessage({ tone: 'error', text: key ? t(key) : t('reg_err_other', answer.error.status ?? answer.error.code) });
      } else if (answer.clientId && answer.company) {
        setMessage({ tone: 'ok', text: t('reg_saved', clients.find((c) => c.id === answer.clientId)?.name ?? '') });
      }
    } catch (error) {
      setMessage({ tone: 'error', text: explainError(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const day = (date: string) => formatDateLong(date, language);
  const found = result?.ok ? result : undefined;
  return (
    <section aria-labelledby="registry-title" class="card" data-testid="registry">
      <h2 id="registry-title">{t('reg_title')}</h2>
      <p class="hint">{t('reg_help')}</p>
      {allowed === false && (
        <button type="button" class="primary" onClick={allow}>
          {t('reg_allow')}
        </button>
      )}
      {allowed && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <div class="field">
            <label for="reg-client">{t('reg_client')}</label>
            <select id="reg-client" value={clientId} onChange={(e) => setClientId(e.currentTarget.value)}>
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
            <input id="reg-siren" inputMode="numeric" autoComplete="off" value={siren} onInput={(e) => setSiren(e.currentTarget.value)} />
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
