import { mutateInvoice } from './mutate-invoice';
import type { NewEvent } from '../model/event';
import type { HandlerContext } from './router';
import type { StoredClient } from '../store/schema';
import type { CompanyLookup } from '../registry/company-lookup';

/**
 * Writes a registry lookup onto the debtor: registry facts, legal name and registered address (the formal notice and
 * the evidence file use them), and the collective proceeding that stops the ladder. Each invoice still owed gets a
 * 'registry-check' event when the verdict changed (first check, ceased, proceeding opened or closed). Returns how many
 * invoices are now held by a proceeding.
 */
export async function applyLookup(ctx: HandlerContext, clientId: string, lookup: CompanyLookup): Promise<{ client: StoredClient; held: number }> {
  const current = await ctx.store.getClient(clientId);
  if (!current) throw new Error(`no client ${clientId}`);
  const now = new Date().toISOString();
  const updated: StoredClient = { ...current, siren: lookup.siren, updatedAt: now, rev: current.rev + 1 };
  if (lookup.company) {
    updated.registry = lookup.company;
    if (lookup.company.name) updated.company = lookup.company.name;
    if (lookup.company.address.length) updated.address = lookup.company.address;
    // The registry settles that a debtor is a public buyer (its charges, court and limitation period follow).
    if (lookup.company.publicBody) updated.kind = 'public';
  }
  // An unreadable BODACC says nothing new: keep what we knew.
  if (!lookup.bodaccUnavailable) {
    if (lookup.proceedings) updated.proceedings = lookup.proceedings;
    else delete updated.proceedings;
  }
  const active = lookup.company?.active ?? current.registry?.active ?? true;
  const changed =
    !current.registry ||
    current.registry.active !== active ||
    current.kind !== updated.kind ||
    current.proceedings?.kind !== updated.proceedings?.kind ||
    current.proceedings?.publishedOn !== updated.proceedings?.publishedOn ||
    current.proceedings?.closedOn !== updated.proceedings?.closedOn;
  const today = ctx.today();
  const event: NewEvent<'registry-check'> = {
    kind: 'registry-check',
    occurredOn: today,
    data: {
      siren: lookup.siren,
      active,
      ...(updated.proceedings ? { proceedings: updated.proceedings.kind, publishedOn: updated.proceedings.publishedOn } : {}),
    },
  };
  const owed = (await ctx.store.invoicesByClient(clientId)).filter((i) => i.status !== 'paid' && i.status !== 'cancelled');
  if (owed.length === 0) await ctx.store.exclusive(() => ctx.store.putClient(updated));
  for (const invoice of owed) await mutateInvoice(ctx, invoice.id, () => ({ client: updated, events: changed ? [event] : [] }));
  return { client: updated, held: updated.proceedings ? owed.length : 0 };
}
