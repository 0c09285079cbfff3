import { createTranslator } from '../../utils/i18n/translate';
import { type Language } from '../../utils/i18n/translator';
import type { InvoiceSummary } from '../../utils/model/view';
import { send } from '../../utils/messaging/send';
import { explainError } from '../../utils/errors/explain-error';
import type { RoundView } from '../../utils/round/round-view';
import { createStore } from '../../utils/state/create-store';
import { openRound } from '../common/open-round';

export interface PopupState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  due: InvoiceSummary[];
  language: Language;
  round?: RoundView;
}

/** The toolbar popup's state and intents: today's actions, and the round to start, resume or close. */
export function createPopupStore() {
  const store = createStore<PopupState>({ status: 'loading', due: [], language: 'fr' });

  function roundAction(call: () => Promise<RoundView>): Promise<void> {
    return call().then(
      (round) => store.set({ round }),
      (error: Error) => store.set({ error: error.message }),
    );
  }

  return {
    store,
    load() {
      return Promise.all([send('settings:get', {}), send('today:list', {}), send('round:get', {})]).then(
        ([settings, due, round]) => store.set({ status: 'ready', due, round, language: settings.language }),
        (error: unknown) => store.set({ status: 'error', error: explainError(error, createTranslator(store.get().language)) }),
      );
    },
    startRound(resume: boolean) {
      void roundAction(() => openRound(resume));
    },
    closeRound() {
      void roundAction(() => send('round:stop', { close: true }));
    },
  };
}

export type PopupActions = ReturnType<typeof createPopupStore>;
