import type { InvoiceSummary } from '../../utils/model/view';
import { formatMoney } from '../../utils/templates/format-money';
import { keyFor, type Translate } from '../../utils/i18n/translator';
import type { RoundView } from '../../utils/round/round-view';
import type { Language } from '../../utils/model/language';

interface Props {
  items: InvoiceSummary[];
  /** Today's round: offered while none is under way (a stopped one is resumed from the round bar). */
  round?: RoundView;
  language: Language;
  t: Translate;
  onStartRound(): void;
}

/** With no invoice in the open thread: what needs action today, most urgent first, each opening its thread. */
export function TodayList({ items, round, language, t, onStartRound }: Props) {
  return (
    <section class="card" aria-labelledby="relance-today">
      <h2 id="relance-today">{t('sb_today')}</h2>
      {round?.status === 'idle' && round.total > 0 && (
        <button type="button" class="primary" onClick={onStartRound}>
          {t('sb_round_start', round.total)}
        </button>
      )}
      {items.length === 0 ? (
        <p class="muted">{t('sb_today_empty')}</p>
      ) : (
        <ul class="today">
          {items.map((item) => (
            <li key={item.id}>
              {item.threadUrl ? <a href={item.threadUrl}>{item.number}</a> : <span>{item.number}</span>} · {item.clientName} ·{' '}
              {formatMoney(item.amountDue, language)}
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
