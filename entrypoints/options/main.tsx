import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/common/pages.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { useStore } from '../../components/common/store';
import { createOptionsStore } from '../../components/options/options-store';

const actions = createOptionsStore();
const dashboardUrl = browser.runtime.getURL('/dashboard.html');

function Page() {
  const state = useStore(actions.store);
  document.documentElement.lang = state.language;
  document.title = state.t('opt_title');
  return <OptionsApp state={state} actions={actions} dashboardUrl={dashboardUrl} />;
}

render(<Page />, document.getElementById('app')!);
void actions.load();
