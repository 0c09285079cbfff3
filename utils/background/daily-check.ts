import type { InvoiceSummary } from '../model/view';
import type { RelanceStore } from '../store/relance-store';
import { todayList } from './today-list';

export interface DailyCheck {
  today: string;
  /** Actions waiting for the user today (the badge number). */
  count: number;
  due: InvoiceSummary[];
}

/** Which invoices reach their next step on or before `today`: the same list the sidebar and the popup show. */
export async function dailyCheck(store: RelanceStore, today: string): Promise<DailyCheck> {
  const due = await todayList({ store, today: () => today });
  return { today, count: due.length, due };
}
