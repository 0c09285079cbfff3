import type { Handler, HandlersIn } from '../router';
import { todayList } from '../today-list';

/** The invoices whose next step is due today or earlier, most urgent first. */
export const today: Handler<'today:list'> = async (_request, ctx) => todayList(ctx);

export const todayHandlers = {
  'today:list': today,
} satisfies HandlersIn<'today'>;
