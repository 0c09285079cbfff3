import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/sidebar/sidebar.css';
import { mountSidebar } from '../../components/sidebar/mount-sidebar';
import { createOutlookAdapter } from '../../utils/webmail/outlook';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    await mountSidebar(ctx, createOutlookAdapter(), 'Outlook');
  },
});
