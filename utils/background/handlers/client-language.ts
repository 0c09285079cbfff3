import { buildInvoiceView } from '../invoice-view';
import { readInvoice } from '../mutate-invoice';
import type { Handler } from '../router';

/** The sidebar's one-click switch of the client's language: the user's choice, which no thread read later overrides. */
export const setClientLanguage: Handler<'client:language'> = async ({ invoiceId, language }, ctx) => {
  const { invoice } = await readInvoice(ctx, invoiceId);
  await ctx.store.exclusive(async () => {
    const client = await ctx.store.getClient(invoice.clientId);
    if (!client) return;
    await ctx.store.putClient({ ...client, language, languageSource: 'user', updatedAt: new Date().toISOString(), rev: client.rev + 1 });
  });
  return buildInvoiceView(await readInvoice(ctx, invoiceId), ctx.today());
};
