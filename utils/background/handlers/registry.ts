import { createApiClient } from '../../connectors/api-client';
import { browserRemoteDeps } from '../../connectors/browser-remote-deps';
import type { RegistryLookupResult } from '../../connectors/connection-view';
import { ConnectorError } from '../../connectors/connector-error';
import type { RemoteDeps } from '../../connectors/remote-deps';
import { addDays } from '../../calendar/iso-date';
import { applyLookup } from '../apply-registry-lookup';
import { claimDeadline } from '../../legal/claim-deadline';
import { lookupCompany, REGISTRY_ORIGINS } from '../../registry/lookup-company';
import { sirenToLookUp } from '../../registry/siren';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';

/** How often the daily alarm re-reads a debtor in the registry, and how many per day at most. */
const RECHECK_DAYS = 7;
const DAILY_LOOKUPS = 20;

/** Looks a SIREN up and, for a client, writes the result onto it (ladder stops on collective proceedings). */
export async function registryLookup(ctx: HandlerContext, deps: RemoteDeps, request: { clientId?: string; siren?: string }): Promise<RegistryLookupResult> {
  const client = request.clientId ? await ctx.store.getClient(request.clientId) : undefined;
  if (request.clientId && !client) throw new UserInputError(`No client ${request.clientId}.`, 'not-found');
  const siren = sirenToLookUp(request.siren ?? client?.siren ?? '');
  if (!siren) return { ok: false, error: { code: 'bad-credential', reason: 'siren', message: 'A SIREN has 9 digits and a valid check digit.' } };
  if (!(await deps.hasOrigins(REGISTRY_ORIGINS))) return { ok: false, error: { code: 'permission', message: 'Registry lookups are not allowed yet.' } };
  try {
    const api = createApiClient({ fetch: deps.fetch, timeoutMs: deps.timeoutMs, sleep: deps.sleep });
    const lookup = await lookupCompany(api, siren, ctx.today());
    const held = client ? (await applyLookup(ctx, client.id, lookup)).held : 0;
    return {
      ok: true,
      siren,
      ...(lookup.company ? { company: lookup.company } : {}),
      ...(lookup.proceedings ? { proceedings: lookup.proceedings, claimDeadline: claimDeadline(lookup.proceedings.publishedOn) } : {}),
      ...(lookup.bodaccUnavailable ? { bodaccUnavailable: true } : {}),
      ...(client ? { clientId: client.id } : {}),
      held,
    };
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    return { ok: false, error: { code: error.code, message: error.message, ...(error.status ? { status: error.status } : {}) } };
  }
}

/** The daily alarm: re-reads, a few at a time, the debtors with a SIREN and money still owed, when allowed. */
export async function refreshRegistryChecks(ctx: HandlerContext, deps: RemoteDeps = browserRemoteDeps(ctx.store)): Promise<void> {
  if (!(await deps.hasOrigins(REGISTRY_ORIGINS))) return;
  const today = ctx.today();
  const owing = new Set((await ctx.store.allInvoices()).filter((i) => i.status !== 'paid' && i.status !== 'cancelled').map((i) => i.clientId));
  const due = (await ctx.store.allClients())
    .filter((c) => c.siren && owing.has(c.id) && !(c.registry && c.registry.checkedOn > addDays(today, -RECHECK_DAYS)))
    .slice(0, DAILY_LOOKUPS);
  for (const client of due) {
    const result = await registryLookup(ctx, deps, { clientId: client.id });
    if (!result.ok) await ctx.store.log({ level: 'warn', what: 'registry', detail: `${result.error.code}: ${result.error.message}` });
  }
}

export const registryLookupHandler: Handler<'registry:lookup'> = async (request, ctx) => registryLookup(ctx, browserRemoteDeps(ctx.store), request);

export const registryHandlers = {
  'registry:lookup': registryLookupHandler,
} satisfies HandlersIn<'registry'>;
