import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LAPOSTE_TRACKING_ORIGINS } from '../../utils/connectors/laposte-tracking';
import type { Translate } from '../../utils/i18n/translate';
import type { TrackingState } from '../../utils/messages';
import { send } from '../../utils/messaging/send';
import { Notice } from '../common/Notice';
import { explainError } from '../../utils/errors/explain-error';

/** La Poste tracking of registered letters: optional, with the user's own free key; the host is asked for during the click. */
export function LetterTrackingSection({ t }: { t: Translate }) {
  const [state, setState] = useState<TrackingState>();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' }>();

  useEffect(() => {
    send('tracking:get', {}).then(setState, () => setState({ connected: false }));
  }, []);

  const run = async (job: () => Promise<TrackingState>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const next = await job();
      setState(next);
      setMessage(
        next.lastError
          ? { tone: 'error', text: t('track_failed', next.lastError.message) }
          : next.lastCheck
            ? { tone: 'ok', text: t('track_checked', next.lastCheck.letters, next.lastCheck.events) }
            : undefined,
      );
    } catch (error) {
      setMessage({ tone: 'error', text: explainError(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const connect = (e: Event) => {
    e.preventDefault();
    // First thing in the click: Chrome shows the prompt only during the user's gesture.
    browser.permissions.request({ origins: LAPOSTE_TRACKING_ORIGINS }).then((granted) => {
      if (!granted) return setMessage({ tone: 'error', text: t('track_denied') });
      void run(() => send('tracking:connect', { key })).then(() => setKey(''));
    });
  };

  const disconnect = () =>
    run(async () => {
      const next = await send('tracking:disconnect', {});
      await browser.permissions.remove({ origins: LAPOSTE_TRACKING_ORIGINS }).catch(() => false);
      return next;
    });

  return (
    <section aria-labelledby="tracking-title" class="card" data-testid="letter-tracking">
      <h2 id="tracking-title">{t('track_title')}</h2>
      <p class="hint">{t('track_help')}</p>
      {state?.connected === false && (
        <form onSubmit={connect}>
          <div class="field">
            <label for="tracking-key">{t('track_key')}</label>
            <input id="tracking-key" type="password" autocomplete="off" value={key} onInput={(e) => setKey(e.currentTarget.value)} required minLength={8} />
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
            <button type="button" disabled={busy} onClick={() => void run(() => send('tracking:refresh', {}))}>
              {t('track_refresh')}
            </button>
            <button type="button" disabled={busy} onClick={() => void disconnect()}>
              {t('track_disconnect')}
            </button>
          </div>
        </>
      )}
      {message && <Notice text={message.text} tone={message.tone} />}
    </section>
  );
}
