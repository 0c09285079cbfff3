import { browser } from 'wxt/browser';
import { LAPOSTE_TRACKING_ORIGINS } from '../../utils/connectors/laposte-tracking';
import { explainError } from '../../utils/errors/explain-error';
import type { Translate } from '../../utils/i18n/translator';
import type { TrackingState } from '../../utils/messages';
import { send } from '../../utils/messaging/send';
import type { Store } from '../../utils/state/create-store';

/** The La Poste tracking section of the options page, as the page's store keeps it. */
export interface TrackingPanel {
  /** What the background says of the connection (undefined while asking). */
  state?: TrackingState;
  /** The key being typed, cleared once a connection was tried. */
  key: string;
  busy: boolean;
  message?: { text: string; tone: 'ok' | 'error' };
}

export const NO_TRACKING_YET: TrackingPanel = { key: '', busy: false };

/** Tracking of registered letters: optional, with the user's own free key; the host is asked for during the click. */
export function trackingActions(store: Store<{ t: Translate; tracking: TrackingPanel }>) {
  const patch = (change: Partial<TrackingPanel>) => store.set((s) => ({ tracking: { ...s.tracking, ...change } }));

  async function run(job: () => Promise<TrackingState>) {
    const t = store.get().t;
    patch({ busy: true, message: undefined });
    try {
      const state = await job();
      patch({
        state,
        message: state.lastError
          ? { tone: 'error', text: t('track_failed', state.lastError.message) }
          : state.lastCheck
            ? { tone: 'ok', text: t('track_checked', state.lastCheck.letters, state.lastCheck.events) }
            : undefined,
      });
    } catch (error) {
      patch({ message: { tone: 'error', text: explainError(error, t) } });
    } finally {
      patch({ busy: false });
    }
  }

  return {
    loadTracking() {
      send('tracking:get', {}).then(
        (state) => patch({ state }),
        () => patch({ state: { connected: false } }),
      );
    },
    editTrackingKey(key: string) {
      patch({ key });
    },
    connectTracking() {
      // First thing in the click: Chrome shows the prompt only during the user's gesture.
      browser.permissions.request({ origins: LAPOSTE_TRACKING_ORIGINS }).then((granted) => {
        if (!granted) return patch({ message: { tone: 'error', text: store.get().t('track_denied') } });
        const { key } = store.get().tracking;
        void run(() => send('tracking:connect', { key })).then(() => patch({ key: '' }));
      });
    },
    refreshTracking: () => run(() => send('tracking:refresh', {})),
    disconnectTracking: () =>
      run(async () => {
        const state = await send('tracking:disconnect', {});
        await browser.permissions.remove({ origins: LAPOSTE_TRACKING_ORIGINS }).catch(() => false);
        return state;
      }),
  };
}

export type TrackingActions = ReturnType<typeof trackingActions>;
