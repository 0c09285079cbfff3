import type { Translate } from '../../utils/i18n/translator';
import type { CourtDocument, JudicialView } from '../../utils/model/view';
import { userOnly } from './user-only';

interface Props {
  judicial: JudicialView;
  /** The debtor's communes from its postcode, where the page loaded Etalab's table (not in the webmail). */
  communes?: string[];
  t: Translate;
  busy?: boolean;
  onDocx: (document: CourtDocument) => void;
  onPrint: (document: CourtDocument) => void;
}

/** The judicial stage's steps in the order to try them, with cost, time, the document Relance prepares and where to file it. */
export function CourtSteps({ judicial, communes, t, busy, onDocx, onPrint }: Props) {
  const { court } = judicial;
  return (
    <div class="court-steps" data-testid="court-steps">
      <h4>{t('sb_court_steps')}</h4>
      <ol>
        {judicial.steps.map((step, index) => (
          <li key={step.id} data-step={step.id}>
            <strong>{step.title}</strong>
            {index === 0 && step.document && <span class="badge"> {t('sb_court_first')}</span>}
            <p class="muted">{t('sb_court_cost', step.cost)}</p>
            <p class="muted">{t('sb_court_duration', step.duration)}</p>
            {step.document && (
              <div class="actions">
                <button type="button" disabled={busy} onClick={userOnly(() => onDocx(step.document!))}>
                  {t(step.document === 'payment-order' ? 'sb_court_payment_order' : 'sb_court_small_claims')}
                </button>
                <button type="button" disabled={busy} onClick={userOnly(() => onPrint(step.document!))}>
                  {t('sb_court_a4')}
                </button>
              </div>
            )}
            {step.link && (
              <p>
                <a href={step.link.url} target="_blank" rel="noopener noreferrer">
                  {t('sb_court_file_online', step.link.label)}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
      <p>
        {t('sb_court_where', court.label)}
        {court.postcode && ` (${communes?.length ? t('sb_court_commune', communes.join(', '), court.postcode) : t('sb_court_postcode', court.postcode)})`}
        {' — '}
        <a href={court.finderUrl} target="_blank" rel="noopener noreferrer">
          {t('sb_court_finder')}
        </a>
      </p>
      {judicial.warnings.length > 0 && (
        <ul class="court-warnings" aria-label={t('sb_court_warnings')}>
          {judicial.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
