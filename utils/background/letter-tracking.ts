import { createApiClient } from '../connectors/api-client';
import { browserTrackingDeps } from '../connectors/browser-remote-deps';
import { ConnectorError } from '../connectors/connector-error';
import { fetchLetterStatuses, LAPOSTE_TRACKING_ORIGINS } from '../connectors/laposte-tracking';
import { LOCAL_DAYS } from '../connectors/local-day';
import type { TrackingDeps } from '../connectors/remote-deps';
import type { StoredTrackingKey } from '../connectors/tracking-key-vault';
import { lettersToFollow, trackingEvents } from '../legal/letter-tracking-events';
import type { LetterStatus } from '../model/letter-status';
import { mutateInvoice } from './mutate-invoice';
import type { HandlerContext } from './router';
import { errorMessage } from '../errors/error-message';

/**
 * Asks La Poste about every registered letter of an unpaid invoice not yet delivered or returned, and records what it
 * says (the delivery as the acknowledgement, which starts the mise en demeure's deadline). Runs daily and on demand,
 * only with the user's key and the granted host; never throws: a failure is kept with the key and logged.
 */
export async function refreshLetterTracking(ctx: HandlerContext, deps: TrackingDeps = browserTrackingDeps(ctx.store)): Promise<StoredTrackingKey | undefined> {
  const stored = await deps.keys.get();
  if (!stored?.key) return undefined;
  let next: StoredTrackingKey;
  try {
    if (!(await deps.hasOrigins(LAPOSTE_TRACKING_ORIGINS))) throw new ConnectorError('permission', 'La Poste: host permission not granted');
    const api = createApiClient({ fetch: deps.fetch, timeoutMs: deps.timeoutMs, sleep: deps.sleep });
    // One letter may cover several invoices of a debtor: ask La Poste once per number.
    const asked = new Map<string, Promise<LetterStatus[]>>();
    let letters = 0;
    let events = 0;
    for (const invoice of await ctx.store.allInvoices()) {
      if (invoice.status === 'paid' || invoice.status === 'cancelled') continue;
      for (const number of lettersToFollow(await ctx.store.timeline(invoice.id))) {
        if (!asked.has(number)) {
          letters++;
          asked.set(number, fetchLetterStatuses(api, stored.key, number, LOCAL_DAYS));
        }
        const statuses = await asked.get(number)!;
        await mutateInvoice(ctx, invoice.id, (snapshot) => {
          const added = trackingEvents(snapshot.timeline, statuses);
          events += added.length;
          return added.length > 0 ? { events: added } : undefined;
        });
      }
    }
    next = { ...stored, lastCheck: { at: new Date().toISOString(), letters, events } };
    delete next.lastError;
  } catch (error) {
    const message = errorMessage(error);
    await ctx.store.log({ level: 'warn', what: 'letter-tracking', detail: message });
    next = { ...stored, lastError: { at: new Date().toISOString(), message } };
  }
  // The user may have removed the key meanwhile: do not bring it back.
  if ((await deps.keys.get())?.key) await deps.keys.put(next);
  return next;
}
