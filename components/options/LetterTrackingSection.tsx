import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n/translator';
import { Notice } from '../common/Notice';
import type { TrackingActions, TrackingPanel } from './tracking-panel';

export interface LetterTrackingSectionProps {
  t: Translate;
  panel: TrackingPanel;
  actions: TrackingActions;
}

/** La Poste tracking of registered letters; the options store holds its state and does the calls. */
export function LetterTrackingSection({ t, panel, actions }: LetterTrackingSectionProps) {
  const { state, key, busy, message } = panel;
  const connect = (e: Event) => {
    e.preventDefault();
    actions.connectTracking();
  };
  const typeKey = (e: JSX.TargetedEvent<HTMLInputElement>) => actions.editTrackingKey(e.currentTarget.value);
  return (
    <section aria-labelledby="tracking-title" class="card" data-testid="letter-tracking">
      <h2 id="tracking-title">{t('track_title')}</h2>
      <p class="hint">{t('track_help')}</p>
      {state?.connected === false && (
        <form onSubmit={connect}>
          <div class="field">
            <label for="tracking-key">{t('track_key')}</label>
            <input id="tracking-key" type="password" autocomplete="off" value={key} onInput={typeKey} required minLength={8} />
          </div>
          <button type="submit" class="primary" disabled={busy}>
            {t('track_connect')}
          </button>
        </form>
      )}
      {state?.connected && (
        <>
          <p>{t('track_connected', state.keyHint ?? '')}</p>
          <div class="toolbar">
            <button type="button" disabled={busy} onClick={() => void actions.refreshTracking()}>
              {t('track_refresh')}
            </button>
            <button type="button" disabled={busy} onClick={() => void actions.disconnectTracking()}>
              {t('track_disconnect')}
            </button>
          </div>
        </>
      )}
      {message && <Notice text={message.text} tone={message.tone} />}
    </section>
  );
}
