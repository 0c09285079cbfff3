import { formatDay } from '../../utils/i18n/format';
import { keyFor, type Language, type Translate } from '../../utils/i18n/translator';
import type { RoundView } from '../../utils/round/round-view';

interface Props {
  round: RoundView;
  language: Language;
  t: Translate;
  onClose(): void;
}

/** The end of a round: what was sent, skipped and paused, and the next actions with their day. */
export function RoundSummary({ round, language, t, onClose }: Props) {
  return (
    <section class="card round-summary" aria-labelledby="relance-round-done" data-testid="round-summary">
      <h2 id="relance-round-done">{t('sb_round_done')}</h2>
      <p class="round-counts">{t('sb_round_counts', round.sent, round.skipped, round.paused)}</p>
      {round.upcoming.length === 0 ? (
        <p class="muted">{t('sb_round_nothing_next')}</p>
      ) : (
        <>
          <p>{t('sb_round_next')}</p>
          <ul class="round-upcoming">
            {round.upcoming.map((u) => (
              <li key={u.number}>{t('sb_round_next_item', u.number, u.clientName, t(keyFor('stage_', u.stage)), formatDay(u.date, language))}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('sb_round_close')}
      </button>
    </section>
  );
}
