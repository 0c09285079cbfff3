import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/common/pages.css';
import './popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { useStore } from '../../components/common/store';
import { createStore } from '../../utils/state/create-store';
import { createTranslator, type Language } from '../../utils/i18n/translate';
import type { InvoiceSummary } from '../../utils/model/view';
import { send } from '../../utils/messaging/send';
import { explainError } from '../../utils/errors/explain-error';
import { openRound } from '../../components/common/open-round';
import type { RoundView } from '../../utils/round/round-view';

const store = createStore<{ status: 'loading' | 'ready' | 'error'; error?: string; due: InvoiceSummary[]; language: Language; round?: RoundView }>({
  status: 'loading',
  due: [],
  language: 'fr',
});
const dashboardUrl = browser.runtime.getURL('/dashboard.html');
const optionsUrl = browser.runtime.getURL('/options.html');

function Page() {
  const state = useStore(store);
  const t = createTranslator(state.language);
  document.documentElement.lang = state.language;
  document.title = t('popup_title');
  return (
    <PopupApp
      {...state}
      t={t}
      dashboardUrl={dashboardUrl}
      optionsUrl={optionsUrl}
      onStartRound={(resume) => void roundAction(() => openRound(resume))}
      onCloseRound={() => void roundAction(() => send('round:stop', { close: true }))}
    />
  );
}

function roundAction(call: () => Promise<RoundView>): Promise<void> {
  return call().then(
    (round) => store.set({ round }),
    (error: Error) => store.set({ error: error.message }),
  );
}

render(<Page />, document.getElementById('app')!);
Promise.all([send('settings:get', {}), send('today:list', {}), send('round:get', {})]).then(
  ([settings, due, round]) => store.set({ status: 'ready', due, round, language: settings.language }),
  (error: unknown) => store.set({ status: 'error', error: explainError(error, createTranslator(store.get().language)) }),
);
