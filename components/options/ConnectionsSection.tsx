import { formatDateLong } from '../../utils/templates/format-date';
import { localDayOf } from '../../utils/calendar/today';
import type { Language, MessageKey, Translate } from '../../utils/i18n/translator';
import { Notice } from '../common/Notice';
import { ProgressBar } from '../common/ProgressBar';
import { draftOf, failureText, type ConnectionsActions, type ConnectionsPanel } from './connections-panel';

export interface ConnectionsSectionProps {
  t: Translate;
  language: Language;
  panel: ConnectionsPanel;
  actions: ConnectionsActions;
}

/** The invoicing services the user can connect; the options store holds their state and does the calls. */
export function ConnectionsSection({ t, language, panel, actions }: ConnectionsSectionProps) {
  const { state, busy, messages, progress } = panel;
  return (
    <section aria-labelledby="connections-title" class="card" data-testid="connections">
      <h2 id="connections-title">{t('conn_title')}</h2>
      <p class="hint">{t('conn_help')}</p>
      {state?.connections.map((view) => {
        const draft = draftOf(panel, view.id);
        const field = `conn-${view.id}`;
        const sync = view.lastSync;
        return (
          <article key={view.id} data-connector={view.id} aria-labelledby={`${field}-title`}>
            <h3 id={`${field}-title`}>{view.label}</h3>
            <p class="conn-status">{view.connected ? t('conn_connected', view.keyHint ?? '') : t('conn_not_connected')}</p>
            {sync && (
              <p class="conn-sync">
                {t('conn_last_sync', formatDateLong(localDayOf(sync.at), language), sync.open, sync.imported, sync.updated, sync.closed, sync.skipped)}
              </p>
            )}
            {view.lastError && <p class="notice notice-error conn-error">{failureText(t, view.label, view.lastError)}</p>}
            {progress && busy === view.id && <ProgressBar progress={progress} language={language} t={t} />}
            {view.connected ? (
              <div class="toolbar">
                <button type="button" disabled={!!busy} onClick={() => actions.refreshConnector(view)}>
                  {t('conn_refresh', view.label)}
                </button>
                <button type="button" disabled={!!busy} onClick={() => actions.disconnect(view)}>
                  {t('conn_disconnect', view.label)}
                </button>
              </div>
            ) : (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  actions.connect(view);
                }}
              >
                <p class="hint" id={`${field}-help`}>
                  {t(`conn_help_${view.id.replace(/-/g, '_')}` as MessageKey)}
                </p>
                {view.id === 'invoice-ninja' && (
                  <div class="field">
                    <label for={`${field}-origin`}>{t('conn_origin_label')}</label>
                    <input
                      id={`${field}-origin`}
                      type="text"
                      inputMode="url"
                      autoComplete="off"
                      placeholder="https://invoicing.co"
                      value={draft.origin}
                      onInput={(e) => actions.editConnectorDraft(view.id, { origin: e.currentTarget.value })}
                    />
                  </div>
                )}
                <div class="field">
                  <label for={`${field}-key`}>{t('conn_key_label', view.label)}</label>
                  <input
                    id={`${field}-key`}
                    type="password"
                    autoComplete="off"
                    spellcheck={false}
                    aria-describedby={`${field}-help`}
                    value={draft.secret}
                    onInput={(e) => actions.editConnectorDraft(view.id, { secret: e.currentTarget.value })}
                  />
                </div>
                <button type="submit" class="primary" disabled={!!busy || !draft.secret.trim()}>
                  {busy === view.id ? t('conn_connecting') : t('conn_connect', view.label)}
                </button>
              </form>
            )}
            <Notice text={messages[view.id]?.text} tone={messages[view.id]?.tone ?? 'ok'} />
          </article>
        );
      })}
      {state && (
        <p class="hint" data-testid="oauth-only">
          {t('conn_oauth_only', state.oauthOnly.join(', '))}
        </p>
      )}
    </section>
  );
}
