import type { Language, Translate } from '../../utils/i18n/translator';
import type { RoundView } from '../../utils/round/round-view';
import { RoundSummary } from './RoundSummary';

interface Props {
  round: RoundView;
  language: Language;
  t: Translate;
  /** resume: go on with today's round rather than plan a new one. */
  onStart(resume: boolean): void;
  onClose(): void;
}

/** "Faire ma tournée (N)" on the extension's pages, the round under way to go back to, or its summary. */
export function RoundLauncher({ round, language, t, onStart, onClose }: Props) {
  if (round.status === 'finished') return <RoundSummary round={round} language={language} t={t} onClose={onClose} />;
  if (round.status === 'idle') {
    return round.total > 0 ? (
      <button type="button" class="button primary round-start" onClick={() => onStart(false)}>
        {t('sb_round_start', round.total)}
      </button>
    ) : null;
  }
  return (
    <p class="round-under-way">
      {t(round.status === 'stopped' ? 'sb_round_stopped' : 'sb_round_title', round.position, round.total)}{' '}
      <button type="button" class="button primary" onClick={() => onStart(true)}>
        {t('sb_round_resume', round.total - round.position + 1)}
      </button>{' '}
      <button type="button" class="button" onClick={onClose}>
        {t('sb_round_abandon')}
      </button>
    </p>
  );
}
