import { browser } from 'wxt/browser';
import { connectorFor } from '../../utils/connectors/connectors';
import type { ConnectionFailure } from '../../utils/connectors/connection-vault';
import type { ConnectionsState, ConnectionView } from '../../utils/connectors/connection-view';
import type { ConnectorId } from '../../utils/connectors/connector';
import type { MessageKey, Translate } from '../../utils/i18n/translator';
import type { ProgressEvent } from '../../utils/messages';
import { send } from '../../utils/messaging/send';
import type { Store } from '../../utils/state/create-store';
import { listenProgress } from '../common/listen-progress';

type Message = { text: string; tone: 'ok' | 'error' };
export type ConnectorDraft = { secret: string; origin: string };

/** The invoicing services section of the options page, as the page's store keeps it. */
export interface ConnectionsPanel {
  /** The background's answer (undefined until it came). */
  state?: ConnectionsState;
  drafts: Partial<Record<ConnectorId, ConnectorDraft>>;
  busy?: ConnectorId;
  messages: Partial<Record<ConnectorId, Message>>;
  /** How far the running sync has gone. */
  progress?: ProgressEvent;
}

export const NO_CONNECTIONS_YET: ConnectionsPanel = { drafts: {}, messages: {} };

/** A failure in the user's words: the rule broken for a refused key, else the kind of failure. */
export function failureText(t: Translate, label: string, error: Omit<ConnectionFailure, 'at'>): string {
  const specific = error.reason && error.reason !== 'format' ? (`conn_err_${error.reason.replace(/-/g, '_')}` as MessageKey) : undefined;
  if (specific && t(specific) !== specific) return t(specific);
  return t(`conn_err_${error.code.replace(/-/g, '_')}` as MessageKey, label, error.status ?? '');
}

export const draftOf = (panel: ConnectionsPanel, id: ConnectorId): ConnectorDraft => panel.drafts[id] ?? { secret: '', origin: '' };

/**
 * The section's actions on the options store. The host permission is requested first thing in `connect`: Chrome only
 * shows its prompt during a user gesture, so nothing is awaited before it.
 */
export function connectionsActions(store: Store<{ t: Translate; connections: ConnectionsPanel }>) {
  const panel = () => store.get().connections;
  const patch = (change: Partial<ConnectionsPanel>) => store.set((s) => ({ connections: { ...s.connections, ...change } }));
  const say = (id: ConnectorId, message: Message | undefined) => patch({ messages: { ...panel().messages, [id]: message } });

  /** A sync shows how many of the service's invoices are applied, as the background reports them. */
  async function withProgress<T>(run: (progressId: string) => Promise<T>): Promise<T> {
    const progressId = crypto.randomUUID();
    const stop = listenProgress(progressId, (progress) => patch({ progress }));
    try {
      return await run(progressId);
    } finally {
      stop();
      patch({ progress: undefined });
    }
  }

  function run(view: ConnectionView, job: () => Promise<ConnectionsState>, done?: string) {
    patch({ busy: view.id });
    say(view.id, undefined);
    job()
      .then((state) => {
        patch({ state });
        if (done) say(view.id, { tone: 'ok', text: done });
      })
      .catch((error: Error) => say(view.id, { tone: 'error', text: error.message }))
      .finally(() => patch({ busy: undefined }));
  }

  return {
    loadConnections() {
      send('connector:list', {}).then(
        (state) => patch({ state }),
        () => undefined,
      );
    },
    editConnectorDraft(id: ConnectorId, change: Partial<ConnectorDraft>) {
      patch({ drafts: { ...panel().drafts, [id]: { ...draftOf(panel(), id), ...change } } });
    },
    connect(view: ConnectionView) {
      const t = store.get().t;
      const connector = connectorFor(view.id);
      const draft = draftOf(panel(), view.id);
      const credential = { secret: draft.secret, ...(draft.origin.trim() ? { origin: draft.origin } : {}) };
      const problem = connector.checkCredential(credential);
      if (problem)
        return say(view.id, { tone: 'error', text: failureText(t, view.label, { code: 'bad-credential', reason: problem.reason, message: problem.message }) });
      patch({ busy: view.id });
      say(view.id, undefined);
      browser.permissions
        .request({ origins: connector.origins(credential) })
        .then(async (granted) => {
          if (!granted) return say(view.id, { tone: 'error', text: t('conn_err_permission_denied', view.label) });
          const result = await send('connector:connect', { connector: view.id, ...credential });
          patch({ state: result.state });
          if (result.ok) {
            patch({ drafts: { ...panel().drafts, [view.id]: undefined } });
            say(view.id, { tone: 'ok', text: t('conn_connected_ok', view.label) });
          } else say(view.id, { tone: 'error', text: failureText(t, view.label, result.error) });
        })
        .catch((error: Error) => say(view.id, { tone: 'error', text: error.message }))
        .finally(() => patch({ busy: undefined }));
    },
    refreshConnector(view: ConnectionView) {
      run(view, () => withProgress((progressId) => send('connector:refresh', { connector: view.id, progressId })));
    },
    disconnect(view: ConnectionView) {
      run(
        view,
        async () => {
          const next = await send('connector:disconnect', { connector: view.id });
          // Give the host back too: nothing calls it any more.
          const origins = connectorFor(view.id).origins({ secret: '', ...(view.origin ? { origin: view.origin } : {}) });
          await browser.permissions.remove({ origins }).catch(() => false);
          return next;
        },
        store.get().t('conn_disconnected', view.label),
      );
    },
  };
}

export type ConnectionsActions = ReturnType<typeof connectionsActions>;
