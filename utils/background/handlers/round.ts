import { planRound } from '../../round/plan-round';
import { advanceRound, resumeRound, startRound, stopRound, type RoundState } from '../../round/round-state';
import { idleRound, roundView, type RoundView, type UpcomingAction } from '../../round/round-view';
import { loadRound, saveRound } from '../round-record';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';
import { mutateInvoice } from '../mutate-invoice';
import { addDays } from '../../calendar/iso-date';
import { todayList } from '../today-list';
import { compareCodeUnits } from '../../model/compare-code-units';

/** How long "mettre en pause" in the round puts an invoice off. */
const PUT_OFF_DAYS = 7;
/** How many of the next actions the summary names. */
const UPCOMING_SHOWN = 3;
const LAST_DAY = '9999-12-31';

/** Today's stops: the Today list, one stop per client when reminders are grouped. */
async function plannedSteps(ctx: HandlerContext) {
  const [due, settings] = await Promise.all([todayList(ctx), ctx.store.getSettings()]);
  return planRound(due, settings.groupByClient);
}

async function viewOf(ctx: HandlerContext, state: RoundState | undefined): Promise<RoundView> {
  if (!state) return idleRound((await plannedSteps(ctx)).length);
  return roundView(state, state.status === 'finished' ? await upcoming(ctx) : []);
}

/** After the round: the open invoices' next steps after today, soonest first. */
async function upcoming(ctx: HandlerContext): Promise<UpcomingAction[]> {
  const today = ctx.today();
  const clients = new Map((await ctx.store.allClients()).map((c) => [c.id, c]));
  return (await ctx.store.actionableBy(LAST_DAY))
    .filter((i) => i.nextActionDate && i.nextActionDate > today && !i.paused && !clients.get(i.clientId)?.paused)
    .sort((a, b) => compareCodeUnits(a.nextActionDate!, b.nextActionDate!))
    .slice(0, UPCOMING_SHOWN)
    .map((i) => ({ number: i.number, clientName: clients.get(i.clientId)?.name ?? '?', date: i.nextActionDate!, stage: i.stage }));
}

export const roundGet: Handler<'round:get'> = async (_request, ctx) => viewOf(ctx, await loadRound(ctx));

/** Today's round under way resumed where it was left (resume), or a new one over today's list; none when nothing is due. */
export const roundStart: Handler<'round:start'> = async ({ resume }, ctx) => {
  const underWay = resume ? await loadRound(ctx) : undefined;
  const state = underWay && underWay.status !== 'finished' ? resumeRound(underWay) : startRound(await plannedSteps(ctx), ctx.today());
  await saveRound(ctx, state.total ? state : null);
  return viewOf(ctx, state.total ? state : undefined);
};

/**
 * The current stop is done. "sent" is taken only once the send flow recorded the confirmed send today (the round never
 * counts a mail that did not leave); "paused" puts every invoice of the stop off for a week.
 */
export const roundStep: Handler<'round:step'> = async ({ invoiceId, outcome }, ctx) => {
  const state = await loadRound(ctx);
  if (!state) return viewOf(ctx, undefined);
  const current = state.status === 'running' ? state.queue[0] : undefined;
  if (current?.invoiceIds.includes(invoiceId)) {
    if (outcome === 'sent' && !(await ctx.store.timeline(invoiceId)).some((e) => e.kind === 'reminder-sent' && e.occurredOn === ctx.today())) {
      throw new UserInputError('No confirmed send of this reminder today.');
    }
    if (outcome === 'paused') for (const id of current.invoiceIds) await putOff(ctx, id);
  }
  const next = advanceRound(state, invoiceId, outcome);
  if (next !== state) await saveRound(ctx, next);
  return viewOf(ctx, next);
};

/** "Mettre en pause 7 jours": the invoice's next step waits a week, then comes back in the Today list by itself. */
async function putOff(ctx: HandlerContext, invoiceId: string): Promise<void> {
  const today = ctx.today();
  const until = addDays(today, PUT_OFF_DAYS);
  await mutateInvoice(ctx, invoiceId, ({ invoice }) => ({
    invoice: { ...invoice, snoozedUntil: until },
    events: [{ kind: 'note', occurredOn: today, data: { text: `Relances en pause jusqu’au ${until} (tournée) / reminders paused until ${until} (round)` } }],
  }));
}

/** Stop: the round waits to be resumed. Close: forgotten (after its summary, or abandoned). */
export const roundStop: Handler<'round:stop'> = async ({ close }, ctx) => {
  const state = await loadRound(ctx);
  if (!state || close) {
    await saveRound(ctx, null);
    return viewOf(ctx, undefined);
  }
  const stopped = stopRound(state);
  await saveRound(ctx, stopped);
  return viewOf(ctx, stopped);
};

export const roundHandlers = {
  'round:get': roundGet,
  'round:start': roundStart,
  'round:step': roundStep,
  'round:stop': roundStop,
} satisfies HandlersIn<'round'>;
