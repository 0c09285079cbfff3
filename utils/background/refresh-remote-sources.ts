import { refreshConnections } from './handlers/connector';
import { refreshRegistryChecks } from './handlers/registry';
import { refreshLetterTracking } from './letter-tracking';
import type { HandlerContext } from './router';
import { errorMessage } from '../errors/error-message';

/**
 * The daily alarm's remote part: connected invoicing services, registry re-checks, then La Poste's tracking of registered letters. Never throws, so the daily
 * check that follows always runs; every request has its own timeout, so a slow service only delays it.
 */
export async function refreshRemoteSources(ctx: HandlerContext): Promise<void> {
  for (const job of [() => refreshConnections(ctx), () => refreshRegistryChecks(ctx), () => refreshLetterTracking(ctx)]) {
    await job().catch((error) => ctx.store.log({ level: 'error', what: 'remote-refresh', detail: errorMessage(error) }));
  }
}
