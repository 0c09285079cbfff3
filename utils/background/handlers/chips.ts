import { keyFor } from '../../i18n/translator';
import type { ListChip } from '../../webmail/adapter';
import { daysLate } from '../days-late';
import type { Handler, HandlersIn } from '../router';
import { uiTranslator } from '../ui-strings';

/** Status chips for the thread rows the webmail shows (e.g. "J+12 · relance 2"). */
export const chips: Handler<'chips:get'> = async ({ threadIds }, ctx) => {
  const settings = await ctx.store.getSettings();
  const t = await uiTranslator(ctx, settings.language);
  const day = ctx.today();
  const out: Record<string, ListChip> = {};
  for (const threadId of threadIds) {
    const [invoice] = await ctx.store.invoicesByThread(threadId);
    if (!invoice) continue;
    const late = daysLate(invoice, day);
    const settled = invoice.status === 'paid' || invoice.status === 'cancelled';
    out[threadId] = {
      label: settled
        ? t(keyFor('sb_status_', invoice.status))
        : `${late > 0 ? t('sb_days_late', late) : t('sb_not_due', -late)} · ${t(keyFor('chip_stage_', invoice.stage))}`,
      tone: settled ? 'ok' : invoice.status === 'disputed' ? 'danger' : late > 30 ? 'danger' : late > 0 ? 'warning' : 'neutral',
      title: `${invoice.number} — ${t(keyFor('sb_status_', invoice.status))}`,
    };
  }
  return out;
};

export const chipsHandlers = {
  'chips:get': chips,
} satisfies HandlersIn<'chips'>;
