import { formatDay } from '../../utils/i18n/format';
import { keyFor, type Language, type Translate } from '../../utils/i18n/translator';
import type { InvoiceSummary } from '../../utils/model/view';
import { formatMoney } from '../../utils/templates/format-money';
import { Notice } from '../common/Notice';
import { RoundLauncher } from '../common/RoundLauncher';
import type { RoundView } from '../../utils/round/round-view';

export interface PopupAppProps {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  due: InvoiceSummary[];
  language: Language;
  t: Translate;
  dashboardUrl: string;
  optionsUrl: string;
  round?: RoundView;
  onStartRound(resume: boolean): void;
  onCloseRound(): void;
}

/** The toolbar popup: today's actions, each with a link to its mail thread, and the way to the dashboard. */
export function PopupApp({ status, error, due, language, t, dashboardUrl, optionsUrl, round, onStartRound, onCloseRound }: PopupAppProps) {
  return (
    <main lang={language} class="popup">
      <h1>{t('popup_title')}</h1>
      {status === 'loading' && <p role="status">{t('popup_loading')}</p>}
      <Notice text={error && t('popup_error', error)} tone="error" />
      {status === 'ready' && <p data-testid="popup-count">{due.length === 0 ? t('popup_none') : t('popup_count', due.length)}</p>}
      {round && <RoundLauncher round={round} language={language} t={t} onStart={onStartRound} onClose={onCloseRound} />}
      <ul class="popup-list">
        {due.map((invoice) => (
          <li key={invoice.id} data-invoice={invoice.number}>
            <strong>{invoice.clientName}</strong> · {invoice.number} · {formatMoney(invoice.amountDue, language)}
            <br />
            <span class="muted">
              {t(keyFor('stage_', invoice.stage))}
              {invoice.nextActionDate && ` · ${formatDay(invoice.nextActionDate, language)}`}
            </span>
            <br />
            {invoice.threadUrl ? (
              <a href={invoice.threadUrl} target="_blank" rel="noopener noreferrer">
                {t('popup_open_thread', invoice.number)}
              </a>
            ) : (
              <span class="muted">{t('popup_no_thread')}</span>
            )}
          </li>
        ))}
      </ul>
      <div class="toolbar">
        <a class="button primary" href={`${dashboardUrl}#today`} target="_blank" rel="noopener">
          {t('popup_open_dashboard')}
        </a>
        <a class="button" href={optionsUrl} target="_blank" rel="noopener">
          {t('popup_options')}
        </a>
      </div>
    </main>
  );
}
