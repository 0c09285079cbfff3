import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { localDate } from '../utils/calendar/today';
import { handlers } from '../utils/background/handlers';
import { route, type HandlerContext } from '../utils/background/router';
import { classifySender } from '../utils/background/sender';
import { registerFollowUp } from '../utils/background/follow-up';
import { RelanceStore } from '../utils/store/relance-store';

export default defineBackground({
  type: 'module',
  main() {
    const store = new RelanceStore();
    const ctx: HandlerContext = { store, today: () => localDate() };
    const ownOrigin = browser.runtime.getURL('/');

    // Listeners are registered synchronously at top level so a message that wakes the worker is not lost.
    browser.runtime.onMessage.addListener((message, sender) =>
      route(message, classifySender({ id: sender.id, url: sender.url, fromTab: !!sender.tab }, browser.runtime.id, ownOrigin), handlers, ctx),
    );
    // Other extensions may message us only through onMessageExternal: refuse and log, never act.
    browser.runtime.onMessageExternal?.addListener((message) => route(message, 'foreign', handlers, ctx));
    registerFollowUp(store, ctx.today);
  },
});
