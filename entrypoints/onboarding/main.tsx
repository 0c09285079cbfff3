import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/common/pages.css';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { useStore } from '../../components/common/store';
import { createOnboardingStore } from '../../components/onboarding/onboarding-store';

const actions = createOnboardingStore();
const dashboardUrl = browser.runtime.getURL('/dashboard.html');
const optionsUrl = browser.runtime.getURL('/options.html');

function Page() {
  const state = useStore(actions.store);
  document.documentElement.lang = state.form?.language ?? 'fr';
  document.title = state.t('onb_page_title');
  return <OnboardingApp state={state} actions={actions} dashboardUrl={dashboardUrl} optionsUrl={optionsUrl} />;
}

render(<Page />, document.getElementById('app')!);
void actions.load();
