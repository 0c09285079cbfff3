import { browserTrackingDeps } from '../../connectors/browser-remote-deps';
import { LAPOSTE_TRACKING_ORIGINS } from '../../connectors/laposte-tracking';
import type { StoredTrackingKey } from '../../connectors/tracking-key-vault';
import type { TrackingState } from '../../messages';
import { refreshLetterTracking } from '../letter-tracking';
import type { Handler, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';

/** What the options page shows: connected or not, the key's last four characters, the last check. */
function stateOf(stored: StoredTrackingKey | undefined): TrackingState {
  if (!stored?.key) return { connected: false };
  return {
    connected: true,
    keyHint: `…${stored.key.slice(-4)}`,
    connectedAt: stored.connectedAt,
    ...(stored.lastCheck ? { lastCheck: stored.lastCheck } : {}),
    ...(stored.lastError ? { lastError: stored.lastError } : {}),
  };
}

export const trackingGet: Handler<'tracking:get'> = async (_request, ctx) => stateOf(await browserTrackingDeps(ctx.store).keys.get());

/** Stores the key once the host is granted (the page asked during the click), then checks the letters at once. */
export const trackingConnect: Handler<'tracking:connect'> = async ({ key }, ctx) => {
  const deps = browserTrackingDeps(ctx.store);
  if (!(await deps.hasOrigins(LAPOSTE_TRACKING_ORIGINS)))
    throw new UserInputError('La Poste: allow Relance to reach api.laposte.fr first.', 'laposte-not-allowed');
  await deps.keys.put({ key: key.trim(), connectedAt: new Date().toISOString() });
  return stateOf(await refreshLetterTracking(ctx, deps));
};

export const trackingDisconnect: Handler<'tracking:disconnect'> = async (_request, ctx) => {
  await browserTrackingDeps(ctx.store).keys.remove();
  return { connected: false };
};

export const trackingRefresh: Handler<'tracking:refresh'> = async (_request, ctx) => stateOf(await refreshLetterTracking(ctx));

export const trackingHandlers = {
  'tracking:get': trackingGet,
  'tracking:connect': trackingConnect,
  'tracking:disconnect': trackingDisconnect,
  'tracking:refresh': trackingRefresh,
} satisfies HandlersIn<'tracking'>;
