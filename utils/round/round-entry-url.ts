import type { RoundView } from './round-view';

/** Where a round started outside the webmail (popup, dashboard, notification) has none of its own threads to open. */
const DEFAULT_WEBMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';

/**
 * The webmail page a round started outside the webmail opens: a page of the current stop's invoice in the webmail it
 * was read in. The sidebar there takes it from that page to the stop's own thread, or a new mail.
 */
export function roundEntryUrl(round: RoundView): string {
  return round.current?.threadUrl ?? DEFAULT_WEBMAIL_URL;
}
