import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/sidebar/sidebar.css';
import { mountSidebar } from '../../components/sidebar/mount-sidebar';
import { createOutlookAdapter } from '../../utils/webmail/outlook';
import { OUTLOOK_MATCHES } from '../../utils/webmail/outlook/outlook-hosts';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    await mountSidebar(ctx, createOutlookAdapter(), 'Outlook');
  },
});
