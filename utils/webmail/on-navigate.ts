/** The Navigation API (Chrome 102+). */
interface NavigationTarget {
  addEventListener(type: 'navigate', listener: () => void): void;
  removeEventListener(type: 'navigate', listener: () => void): void;
}

/**
 * Calls back as the webmail moves to another view of itself (a thread opened with the keyboard, by a link, back and
 * forward), before it renders it: the Navigation API's `navigate` event hears the page's own history and hash changes.
 * Without it nothing is heard, which costs nothing: it is there to wake Chrome's worker, and Firefox's background page
 * does not sleep. Returns the stop.
 */
export function onNavigate(win: Window, cb: () => void): () => void {
  const navigation = (win as Window & { navigation?: NavigationTarget }).navigation;
  navigation?.addEventListener('navigate', cb);
  return () => navigation?.removeEventListener('navigate', cb);
}
