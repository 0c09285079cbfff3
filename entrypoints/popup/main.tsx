import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/common/pages.css';
import './popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { createStore, useStore } from '../../components/common/store';
import { createTranslator, type Language } from '../../utils/i18n/translate';
import type { InvoiceSummary } from '../../utils/model/view';
import { send } from '../../utils/messaging/send';
import { explainError } from '../../utils/errors/explain-error';

const store = createStore<{ status: 'loading' | 'ready' | 'error'; error?: string; due: InvoiceSummary[]; language: Language }>({ status: 'loading', due: [], language: 'fr' });
const dashboardUrl = browser.runtime.getURL('/dashboard.html');
const optionsUrl = browser.runtime.getURL('/options.html');

function Page() {
  const state = useStore(store);
  const t = createTranslator(state.language);
  document.documentElement.lang = state.language;
  document.title = t('popup_title');
  return <PopupApp {...state} t={t} dashboardUrl={dashboardUrl} optionsUrl={optionsUrl} />;
}

render(<Page />, document.getElementById('app')!);
Promise.all([send('settings:get', {}), send('today:list', {})]).then(
  ([settings, due]) => store.set({ status: 'ready', due, language: settings.language }),
  (error: unknown) => store.set({ status: 'error', error: explainError(error, createTranslator(store.get().language)) }),
);
