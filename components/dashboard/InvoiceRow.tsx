import { formatDay } from '../../utils/i18n/format';
import { keyFor, type Language, type Translate } from '../../utils/i18n/translator';
import type { InvoiceSummary } from '../../utils/model/view';
import { formatMoney } from '../../utils/templates/format-money';

export interface InvoiceRowProps {
  invoice: InvoiceSummary;
  open: boolean;
  /** Next actions on or before today are shown as due. */
  today: string;
  language: Language;
  t: Translate;
  onToggle: () => void;
}

/** "12 j de retard" / "échéance dans 3 j" / "échéance aujourd'hui"; nothing once settled. */
export function delayText(invoice: InvoiceSummary, t: Translate): string {
  if (invoice.status === 'paid' || invoice.status === 'cancelled') return '';
  if (invoice.daysLate > 0) return t('dash_days_late', invoice.daysLate);
  return invoice.daysLate === 0 ? t('dash_due_on_day') : t('dash_days_before', -invoice.daysLate);
}

/** One invoice of the table; the manage button opens its panel below. */
export function InvoiceRow({ invoice, open, today, language, t, onToggle }: InvoiceRowProps) {
  return (
    <tr data-invoice={invoice.number}>
      <td>
        <strong>{invoice.clientName}</strong>
        <br />
        <span class="muted">{invoice.number}</span>
      </td>
      <td class="num" data-col="amount">
        {formatMoney(invoice.amountDue, language)}
      </td>
      <td class={`num${invoice.daysLate > 0 && invoice.status !== 'paid' ? ' late' : ''}`} data-col="days">
        {delayText(invoice, t)}
      </td>
      <td data-col="stage">{t(keyFor('stage_', invoice.stage))}</td>
      <td data-col="next" class={invoice.nextActionDate && invoice.nextActionDate <= today ? 'late' : undefined}>
        {invoice.nextActionDate ? formatDay(invoice.nextActionDate, language) : ''}
        {invoice.nextActionKind && <span class="muted"> · {t(keyFor('dash_next_', invoice.nextActionKind))}</span>}
      </td>
      <td data-col="status">{t(keyFor('sb_status_', invoice.status))}</td>
      <td>
        <div class="toolbar">
          {invoice.threadUrl && (
            <a href={invoice.threadUrl} target="_blank" rel="noopener noreferrer" aria-label={t('dash_open_thread_label', invoice.number)}>
              {t('dash_open_thread')}
            </a>
          )}
          <button
            type="button"
            aria-expanded={open}
            aria-controls={`panel-${invoice.id}`}
            aria-label={t('dash_manage_label', invoice.number)}
            onClick={onToggle}
          >
            {t('dash_manage')}
          </button>
        </div>
      </td>
    </tr>
  );
}
