import type { Language, Translate } from '../../utils/i18n/translator';
import type { RoundView } from '../../utils/round/round-view';
import { RoundSummary } from '../common/RoundSummary';

interface Props {
  round: RoundView;
  language: Language;
  t: Translate;
  onStep(invoiceId: string, outcome: 'skipped' | 'later' | 'paused'): void;
  onStop(close: boolean): void;
  onResume(): void;
}

/** The round under way at the top of the sidebar: where it is, the stop's choices and their keys; then its summary. */
export function RoundBar({ round, language, t, onStep, onStop, onResume }: Props) {
  if (round.status === 'finished') return <RoundSummary round={round} language={language} t={t} onClose={() => onStop(true)} />;
  const step = round.current;
  if (!step || round.status === 'idle') return null;
  if (round.status === 'stopped') {
    return (
      <section class="card round" aria-label={t('sb_round_stopped', round.position, round.total)}>
        <p>{t('sb_round_stopped', round.position, round.total)}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={onResume}>
            {t('sb_round_resume', round.total - round.position + 1)}
          </button>
          <button type="button" onClick={() => onStop(true)}>
            {t('sb_round_abandon')}
          </button>
        </div>
      </section>
    );
  }
  const lead = step.invoiceIds[0];
  return (
    <section class="card round" aria-labelledby="relance-round" data-testid="round-bar">
      <h2 id="relance-round">{t('sb_round_title', round.position, round.total)}</h2>
      <p class="round-stop">
        <strong>{step.numbers.join(', ')}</strong> · {step.clientName}
      </p>
      {step.mail && !step.threadId && <p class="muted">{t('sb_round_new_mail')}</p>}
      <p class="muted">{t(step.mail ? 'sb_round_waiting' : 'sb_round_act')}</p>
      <div class="actions">
        <button type="button" aria-keyshortcuts="Alt+Shift+S" onClick={() => onStep(lead, 'skipped')}>
          {t('sb_round_skip')}
        </button>
        <button type="button" aria-keyshortcuts="Alt+Shift+N" onClick={() => onStep(lead, 'later')}>
          {t('sb_round_later')}
        </button>
        <button type="button" aria-keyshortcuts="Alt+Shift+P" onClick={() => onStep(lead, 'paused')}>
          {t('sb_round_pause')}
        </button>
        <button type="button" aria-keyshortcuts="Alt+Shift+X" onClick={() => onStop(false)}>
          {t('sb_round_stop')}
        </button>
      </div>
      <p class="muted round-keys">{t('sb_round_keys')}</p>
    </section>
  );
}
