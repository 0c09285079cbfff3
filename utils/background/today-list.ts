import type { InvoiceSummary } from '../model/view';
import { summarize } from './invoice-view';
import type { HandlerContext } from './router';
import { compareCodeUnits } from '../model/compare-code-units';

/** The invoices whose next step is due today or earlier, most urgent first. */
export async function todayList(ctx: HandlerContext): Promise<InvoiceSummary[]> {
  const today = ctx.today();
  const due = await ctx.store.actionableBy(today);
  const clients = new Map((await ctx.store.allClients()).map((c) => [c.id, c]));
  return due
    .filter((i) => !i.paused && !clients.get(i.clientId)?.paused)
    .map((i) => summarize(i, clients.get(i.clientId), today))
    .sort((a, b) => compareCodeUnits(a.nextActionDate ?? '', b.nextActionDate ?? '') || b.daysLate - a.daysLate);
}
