import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/common/pages.css';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { useStore } from '../../components/common/store';
import { isDashboardView } from '../../utils/dashboard/invoice-filter';
import { createDashboardStore } from '../../components/dashboard/dashboard-store';
import { createImportActions } from '../../components/dashboard/import-flow';

const actions = createDashboardStore();
const imports = createImportActions(actions.store, actions.write, actions.withProgress);
const optionsUrl = browser.runtime.getURL('/options.html');

function Page() {
  const state = useStore(actions.store);
  document.documentElement.lang = state.language;
  document.title = state.t('dash_page_title');
  return <DashboardApp state={state} actions={actions} imports={imports} optionsUrl={optionsUrl} />;
}

render(<Page />, document.getElementById('app')!);
void actions.load();
// The view can be chosen by the URL (the notification opens #today); follow later changes of the hash too.
window.addEventListener('hashchange', () => {
  const view = location.hash.slice(1);
  if (isDashboardView(view)) actions.setView(view);
});
