import type { Money } from '../../utils/mail/types';
import { amountsText } from '../../utils/dashboard/amounts-text';
import type { Language, Translate } from '../../utils/i18n/translator';
import { FigureCard } from './FigureCard';

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
      <FigureCard id="card-owed" title={t('dash_owed')} testId="total-owed">
        {amountsText(owed, language)}
      </FigureCard>
      <FigureCard id="card-overdue" title={t('dash_overdue_total')} tone="late" testId="total-overdue">
        {amountsText(overdue, language)}
      </FigureCard>
      <FigureCard id="card-today" title={t('dash_due_today')}>
        <button type="button" onClick={onShowToday} data-testid="due-today">
          {dueToday}
          <span class="visually-hidden"> {t('dash_view_today')}</span>
        </button>
      </FigureCard>
    </section>
  );
}
