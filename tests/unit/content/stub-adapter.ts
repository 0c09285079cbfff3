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

/** stubAdapter over a page the test changes: `change(page)` reports it as the webmail's observer would. */
export function changingAdapter(first: PageState): { adapter: WebmailAdapter; change(page: PageState): void } {
  let page = first;
  let changed: (page: PageState) => void = () => undefined;
  const adapter: WebmailAdapter = {
    ...stubAdapter(first),
    read: () => page,
    observe: (onChange) => {
      changed = onChange;
      return () => undefined;
    },
  };
  return {
    adapter,
    change(next) {
      page = next;
      changed(next);
    },
  };
}
