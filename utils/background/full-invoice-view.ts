import type { InvoiceView } from '../model/view';
import { paymentOffers } from './feed-invoice';
import { buildInvoiceView } from './invoice-view';
import { threadLinks } from './mail-index';
import type { InvoiceSnapshot } from './mutate-invoice';
import type { HandlerContext } from './router';

/** An invoice's view with what the mailbox adds: payment notices waiting for confirmation, and its threads. */
export async function fullInvoiceView(ctx: HandlerContext, snapshot: InvoiceSnapshot): Promise<InvoiceView> {
  const view = await buildInvoiceView(snapshot, ctx.today(), ctx, await paymentOffers(ctx, snapshot));
  return { ...view, threads: await threadLinks(ctx, snapshot.invoice.threadIds, snapshot.invoice.threadUrl) };
}
