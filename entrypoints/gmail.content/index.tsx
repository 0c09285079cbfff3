import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/sidebar/sidebar.css';
import { mountSidebar } from '../../components/sidebar/mount-sidebar';
import { createGmailAdapter } from '../../utils/webmail/gmail/adapter';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    await mountSidebar(ctx, createGmailAdapter(), 'Gmail');
  },
});
