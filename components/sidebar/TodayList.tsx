import type { InvoiceSummary } from '../../utils/model/view';
import { formatMoney } from '../../utils/templates/format-money';
import { keyFor, type Translate } from '../../utils/i18n/translate';

interface Props {
  items: InvoiceSummary[];
  language: 'fr' | 'en';
  t: Translate;
}

/** With no invoice in the open thread: what needs action today, most urgent first, each opening its thread. */
export function TodayList({ items, language, t }: Props) {
  return (
    <section class="card" aria-labelledby="relance-today">
      <h2 id="relance-today">{t('sb_today')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('sb_today_empty')}</p>
      ) : (
        <ul class="today">
          {items.map((item) => (
            <li key={item.id}>
              {item.threadUrl ? <a href={item.threadUrl}>{item.number}</a> : <span>{item.number}</span>} · {item.clientName} · {formatMoney(item.amountDue, language)}
              <span class="muted">
                {' '}
                · {t('sb_days_late', item.daysLate)} · {t(keyFor('stage_', item.stage))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
