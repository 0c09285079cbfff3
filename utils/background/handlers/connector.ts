import { createApiClient } from '../../connectors/api-client';
import { browserRemoteDeps } from '../../connectors/browser-remote-deps';
import { CONNECTORS, OAUTH_ONLY_SERVICES, connectorFor } from '../../connectors/connectors';
import type { ConnectionsState, ConnectionView } from '../../connectors/connection-view';
import { ConnectorError } from '../../connectors/connector-error';
import type { ConnectorId, Credential } from '../../connectors/connector';
import type { ConnectionFailure, StoredConnection } from '../../connectors/connection-vault';
import { LOCAL_DAYS } from '../../connectors/local-day';
import type { RemoteDeps } from '../../connectors/remote-deps';
import { syncConnector } from '../sync-connector';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { errorMessage } from '../../errors/error-message';
import { NO_PROGRESS, type ProgressReport } from '../../progress/progress-report';

/** The page's view of every connector: connected or not, last sync, last error; never a key. */
export async function connectionsState(deps: RemoteDeps): Promise<ConnectionsState> {
  const stored = new Map((await deps.vault.all()).map((c) => [c.id, c]));
  const connections = CONNECTORS.map((connector): ConnectionView => {
    const s = stored.get(connector.id);
    if (!s) return { id: connector.id, label: connector.label, connected: false };
    const secret = s.credential.secret.trim();
    return {
      id: connector.id,
      label: connector.label,
      connected: true,
      ...(s.credential.origin ? { origin: s.credential.origin } : {}),
      keyHint: secret.length > 12 ? `…${secret.slice(-4)}` : '…',
      connectedAt: s.connectedAt,
      ...(s.lastSync ? { lastSync: s.lastSync } : {}),
      ...(s.lastError ? { lastError: s.lastError } : {}),
    };
  });
  return { connections, oauthOnly: [...OAUTH_ONLY_SERVICES] };
}

const failureOf = (error: unknown): Omit<ConnectionFailure, 'at'> =>
  error instanceof ConnectorError
    ? { code: error.code, message: error.message, ...(error.status ? { status: error.status } : {}), ...(error.reason ? { reason: error.reason } : {}) }
    : { code: 'http', message: errorMessage(error) };

/**
 * Syncs one stored connection and records the outcome with it. Never throws: a failing service is a message on the
 * options page and a line in the local log (without the key), and the other services still run.
 */
export async function refreshConnection(
  ctx: HandlerContext,
  deps: RemoteDeps,
  stored: StoredConnection,
  progress: ProgressReport = NO_PROGRESS,
): Promise<StoredConnection> {
  const connector = connectorFor(stored.id);
  let next: StoredConnection;
  try {
    if (!(await deps.hasOrigins(connector.origins(stored.credential))))
      throw new ConnectorError('permission', `${connector.label}: host permission not granted`);
    const api = createApiClient({ fetch: deps.fetch, timeoutMs: deps.timeoutMs, sleep: deps.sleep });
    const lastSync = await syncConnector(ctx, connector, stored.credential, api, LOCAL_DAYS, progress);
    next = { ...stored, lastSync };
    delete next.lastError;
  } catch (error) {
    const failure = { ...failureOf(error), at: new Date().toISOString() };
    await ctx.store.log({ level: 'warn', what: `connector:${stored.id}`, detail: `${failure.code}: ${failure.message}` });
    next = { ...stored, lastError: failure };
  }
  // The user may have disconnected while we were syncing: do not bring the key back.
  if (await deps.vault.get(stored.id)) await deps.vault.put(next);
  return next;
}

/** Every connected service, one after the other (the daily alarm and the Refresh button). */
export async function refreshConnections(
  ctx: HandlerContext,
  deps: RemoteDeps = browserRemoteDeps(ctx.store),
  only?: ConnectorId,
  progress: ProgressReport = NO_PROGRESS,
): Promise<void> {
  for (const stored of await deps.vault.all()) if (!only || stored.id === only) await refreshConnection(ctx, deps, stored, progress);
}

/** Checks, stores and syncs a new key; a key the service refuses is not kept. */
export async function connect(ctx: HandlerContext, deps: RemoteDeps, id: ConnectorId, credential: Credential) {
  const connector = connectorFor(id);
  const problem = connector.checkCredential(credential);
  if (problem)
    return {
      ok: false as const,
      error: { code: 'bad-credential' as const, reason: problem.reason, message: problem.message },
      state: await connectionsState(deps),
    };
  const previous = await deps.vault.get(id);
  const stored: StoredConnection = {
    id,
    credential: { secret: credential.secret.trim(), ...(credential.origin ? { origin: credential.origin.trim() } : {}) },
    connectedAt: new Date().toISOString(),
  };
  await deps.vault.put(stored);
  const synced = await refreshConnection(ctx, deps, stored);
  if (synced.lastError && (synced.lastError.code === 'revoked' || synced.lastError.code === 'permission' || synced.lastError.code === 'bad-credential')) {
    if (previous) await deps.vault.put(previous);
    else await deps.vault.remove(id);
    const { at: _at, ...error } = synced.lastError;
    return { ok: false as const, error, state: await connectionsState(deps) };
  }
  return { ok: true as const, state: await connectionsState(deps) };
}

export const connectorList: Handler<'connector:list'> = async (_request, ctx) => connectionsState(browserRemoteDeps(ctx.store));

export const connectorConnect: Handler<'connector:connect'> = async (request, ctx) =>
  connect(ctx, browserRemoteDeps(ctx.store), request.connector, { secret: request.secret, ...(request.origin ? { origin: request.origin } : {}) });

export const connectorDisconnect: Handler<'connector:disconnect'> = async ({ connector }, ctx) => {
  const deps = browserRemoteDeps(ctx.store);
  await deps.vault.remove(connector);
  return connectionsState(deps);
};

export const connectorRefresh: Handler<'connector:refresh'> = async ({ connector, progressId }, ctx) => {
  const deps = browserRemoteDeps(ctx.store);
  // Each invoice is its own transaction: progress is shown, no cancel is offered (half a sync would stay).
  await refreshConnections(ctx, deps, connector, progressId && ctx.progress ? ctx.progress.report(progressId, 'sync') : NO_PROGRESS);
  return connectionsState(deps);
};

export const connectorHandlers = {
  'connector:list': connectorList,
  'connector:connect': connectorConnect,
  'connector:disconnect': connectorDisconnect,
  'connector:refresh': connectorRefresh,
} satisfies HandlersIn<'connector'>;
