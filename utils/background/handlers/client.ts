import type { ClientSummary } from '../../messages';
import { buildInvoiceView } from '../invoice-view';
import { readInvoice } from '../mutate-invoice';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';

/** The sidebar's one-click switch of the client's language: the user's choice, which no thread read later overrides. */
export const setClientLanguage: Handler<'client:language'> = async ({ invoiceId, language }, ctx) => {
  const { invoice } = await readInvoice(ctx, invoiceId);
  await ctx.store.exclusive(async () => {
    const client = await ctx.store.getClient(invoice.clientId);
    if (!client) return;
    await ctx.store.putClient({ ...client, language, languageSource: 'user', updatedAt: new Date().toISOString(), rev: client.rev + 1 });
  });
  return buildInvoiceView(await readInvoice(ctx, invoiceId), ctx.today(), ctx);
};

async function clientSummaries(ctx: HandlerContext): Promise<ClientSummary[]> {
  const [clients, invoices] = await Promise.all([ctx.store.allClients(), ctx.store.allInvoices()]);
  return clients
    .map((c) => ({
      id: c.id,
      name: c.name,
      emails: c.emails.map((e) => e.email),
      kind: c.kind,
      language: c.language,
      languageSource: c.languageSource ?? 'settings',
      invoices: invoices.filter((i) => i.clientId === c.id).length,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Every debtor with its reminder language and kind, for the options page. */
export const listClients: Handler<'clients:list'> = async (_request, ctx) => clientSummaries(ctx);

/** Sets a debtor's reminder language (the user's choice: no thread overrides it) or kind (a consumer owes no 40 € indemnity); the ladder reads it on the next look. */
export const updateClient: Handler<'client:update'> = async ({ clientId, language, kind }, ctx) => {
  await ctx.store.exclusive(async () => {
    const client = await ctx.store.getClient(clientId);
    if (!client) throw new UserInputError(`No client ${clientId}.`, 'not-found');
    await ctx.store.putClient({
      ...client,
      ...(language ? { language, languageSource: 'user' as const } : {}),
      kind: kind ?? client.kind,
      updatedAt: new Date().toISOString(),
      rev: client.rev + 1,
    });
  });
  return clientSummaries(ctx);
};

export const clientHandlers = {
  'clients:list': listClients,
  'client:update': updateClient,
  'client:language': setClientLanguage,
} satisfies HandlersIn<'client' | 'clients'>;
