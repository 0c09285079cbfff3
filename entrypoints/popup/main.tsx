import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/common/pages.css';
import './popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { useStore } from '../../components/common/store';
import { createPopupStore } from '../../components/popup/popup-store';
import { createTranslator } from '../../utils/i18n/translate';

const actions = createPopupStore();
const dashboardUrl = browser.runtime.getURL('/dashboard.html');
const optionsUrl = browser.runtime.getURL('/options.html');

function Page() {
  const state = useStore(actions.store);
  const t = createTranslator(state.language);
  document.documentElement.lang = state.language;
  document.title = t('popup_title');
  return <PopupApp {...state} t={t} dashboardUrl={dashboardUrl} optionsUrl={optionsUrl} onStartRound={actions.startRound} onCloseRound={actions.closeRound} />;
}

render(<Page />, document.getElementById('app')!);
void actions.load();
