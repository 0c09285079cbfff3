import type { Money } from '../../utils/mail/types';
import { amountsText } from '../../utils/dashboard/amounts-text';
import type { Language, Translate } from '../../utils/i18n/translate';

export interface SummaryCardsProps {
  owed: Money[];
  overdue: Money[];
  dueToday: number;
  language: Language;
  t: Translate;
  onShowToday: () => void;
}

/** The three figures at the top: owed, overdue, actions due today. */
export function SummaryCards({ owed, overdue, dueToday, language, t, onShowToday }: SummaryCardsProps) {
  return (
    <section class="cards" aria-label={t('dash_title')}>
      <div class="card">
        <h2 class="muted" id="card-owed">
          {t('dash_owed')}
        </h2>
        <p class="figure" data-testid="total-owed">
          {amountsText(owed, language)}
        </p>
      </div>
      <div class="card">
        <h2 class="muted" id="card-overdue">
          {t('dash_overdue_total')}
        </h2>
        <p class="figure late" data-testid="total-overdue">
          {amountsText(overdue, language)}
        </p>
      </div>
      <div class="card">
        <h2 class="muted" id="card-today">
          {t('dash_due_today')}
        </h2>
        <p class="figure">
          <button type="button" onClick={onShowToday} data-testid="due-today">
            {dueToday}
            <span class="visually-hidden"> {t('dash_view_today')}</span>
          </button>
        </p>
      </div>
    </section>
  );
}
