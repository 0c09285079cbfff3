import type { PageState, WebmailAdapter } from '../../../utils/webmail/adapter';

/** A Gmail adapter that always reads `page` and does nothing else: the controller's own logic under test. */
export function stubAdapter(page: PageState): WebmailAdapter {
  return {
    webmail: 'gmail',
    read: () => page,
    observe: () => () => undefined,
    insertReminder: () => Promise.resolve({ ok: false, verified: false, error: 'compose-failed', detail: 'not used' }),
    onSent: () => () => undefined,
    setListChips: () => undefined,
    openThread: () => undefined,
    diagnose: () => '',
  };
}
