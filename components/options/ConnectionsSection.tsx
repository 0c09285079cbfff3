import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { connectorFor } from '../../utils/connectors/connectors';
import type { ConnectionFailure } from '../../utils/connectors/connection-vault';
import type { ConnectionsState, ConnectionView } from '../../utils/connectors/connection-view';
import type { ConnectorId } from '../../utils/connectors/connector';
import { formatDateLong } from '../../utils/templates/format-date';
import { localDayOf } from '../../utils/calendar/today';
import type { Language, MessageKey, Translate } from '../../utils/i18n/translate';
import { send } from '../../utils/messaging/send';
import { Notice } from '../common/Notice';
import { ProgressBar } from '../common/ProgressBar';
import { listenProgress } from '../common/listen-progress';
import type { ProgressEvent } from '../../utils/messages';

export interface ConnectionsSectionProps {
  t: Translate;
  language: Language;
}

type Message = { text: string; tone: 'ok' | 'error' };

/** A failure in the user's words: the rule broken for a refused key, else the kind of failure. */
export function failureText(t: Translate, label: string, error: Omit<ConnectionFailure, 'at'>): string {
  const specific = error.reason && error.reason !== 'format' ? (`conn_err_${error.reason.replace(/-/g, '_')}` as MessageKey) : undefined;
  if (specific && t(specific) !== specific) return t(specific);
  return t(`conn_err_${error.code.replace(/-/g, '_')}` as MessageKey, label, error.status ?? '');
}

/**
 * The invoicing services the user can connect. The host permission is requested first thing in the click handler:
 * Chrome only shows its prompt during a user gesture, so nothing is awaited before it.
 */
export function ConnectionsSection({ t, language }: ConnectionsSectionProps) {
  const [state, setState] = useState<ConnectionsState>();
  const [drafts, setDrafts] = useState<Partial<Record<ConnectorId, { secret: string; origin: string }>>>({});
  const [busy, setBusy] = useState<ConnectorId | 'all'>();
  const [messages, setMessages] = useState<Partial<Record<ConnectorId, Message>>>({});
  const [progress, setProgress] = useState<ProgressEvent>();
  /** A sync shows how many of the service's invoices are applied, as the background reports them. */
  const withProgress = async <T,>(run: (progressId: string) => Promise<T>): Promise<T> => {
    const progressId = crypto.randomUUID();
    const stop = listenProgress(progressId, setProgress);
    try {
      return await run(progressId);
    } finally {
      stop();
      setProgress(undefined);
    }
  };

  useEffect(() => {
    send('connector:list', {}).then(setState, () => undefined);
  }, []);

  const say = (id: ConnectorId, message: Message | undefined) => setMessages((m) => ({ ...m, [id]: message }));
  const draftOf = (id: ConnectorId) => drafts[id] ?? { secret: '', origin: '' };

  const connect = (view: ConnectionView) => {
    const connector = connectorFor(view.id);
    const draft = draftOf(view.id);
    const credential = { secret: draft.secret, ...(draft.origin.trim() ? { origin: draft.origin } : {}) };
    const problem = connector.checkCredential(credential);
    if (problem)
      return say(view.id, { tone: 'error', text: failureText(t, view.label, { code: 'bad-credential', reason: problem.reason, message: problem.message }) });
    setBusy(view.id);
    say(view.id, undefined);
    browser.permissions
      .request({ origins: connector.origins(credential) })
      .then(async (granted) => {
        if (!granted) return say(view.id, { tone: 'error', text: t('conn_err_permission_denied', view.label) });
        const result = await send('connector:connect', { connector: view.id, ...credential });
        setState(result.state);
        if (result.ok) {
          setDrafts((d) => ({ ...d, [view.id]: undefined }));
          say(view.id, { tone: 'ok', text: t('conn_connected_ok', view.label) });
        } else say(view.id, { tone: 'error', text: failureText(t, view.label, result.error) });
      })
      .catch((error: Error) => say(view.id, { tone: 'error', text: error.message }))
      .finally(() => setBusy(undefined));
  };

  const run = (view: ConnectionView, job: () => Promise<ConnectionsState>, done?: string) => {
    setBusy(view.id);
    say(view.id, undefined);
    job()
      .then((next) => {
        setState(next);
        if (done) say(view.id, { tone: 'ok', text: done });
      })
      .catch((error: Error) => say(view.id, { tone: 'error', text: error.message }))
      .finally(() => setBusy(undefined));
  };

  const disconnect = (view: ConnectionView) =>
    run(
      view,
      async () => {
        const next = await send('connector:disconnect', { connector: view.id });
        // Give the host back too: nothing calls it any more.
        const origins = connectorFor(view.id).origins({ secret: '', ...(view.origin ? { origin: view.origin } : {}) });
        await browser.permissions.remove({ origins }).catch(() => false);
        return next;
      },
      t('conn_disconnected', view.label),
    );

  return (
    <section aria-labelledby="connections-title" class="card" data-testid="connections">
      <h2 id="connections-title">{t('conn_title')}</h2>
      <p class="hint">{t('conn_help')}</p>
      {state?.connections.map((view) => {
        const draft = draftOf(view.id);
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
                <button
                  type="button"
                  disabled={!!busy}
                  onClick={() => run(view, () => withProgress((progressId) => send('connector:refresh', { connector: view.id, progressId })))}
                >
                  {t('conn_refresh', view.label)}
                </button>
                <button type="button" disabled={!!busy} onClick={() => disconnect(view)}>
                  {t('conn_disconnect', view.label)}
                </button>
              </div>
            ) : (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  connect(view);
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
                      onInput={(e) => setDrafts((d) => ({ ...d, [view.id]: { ...draft, origin: e.currentTarget.value } }))}
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
                    onInput={(e) => setDrafts((d) => ({ ...d, [view.id]: { ...draft, secret: e.currentTarget.value } }))}
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
