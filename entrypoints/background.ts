import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { localDate } from '../utils/calendar/today';
import { classifySender } from '../utils/background/sender';
import { engineLoader } from '../utils/background/engine-loader';
import { keptThreadAnswer, soonNeedsEngine } from '../utils/background/kept-thread-answer';
import { readChangeCount } from '../utils/background/read-change-count';
import { WORKER_PRESENCE_PORT } from '../utils/messaging/worker-presence';

// A classic script, not a module: Chrome keeps compiled code for an installed classic worker's script, and with it the
// same code reached main() 20-30 % sooner after a wake-up than as a module (npm run bench, issue 17). It holds only
// the listeners and the kept answers: what each wake-up loads costs ~6-8 ms per 100 KB here even when never run
// (npm run bench, wake.*), so the engine (everything else) is a script of its own, loaded by the first event that needs it.
export default defineBackground({
  main() {
    // User Timing (npm run bench): how long the worker took to load its code before it could run at all.
    performance.mark('relance:worker-main');
    const loader = engineLoader();
    // Chrome's worker runs its script with this state once, when it is installed (or updated): the only time it may
    // import a script it did not import before.
    if ((self as { serviceWorker?: { state?: string } }).serviceWorker?.state === 'parsed') loader.load();
    const ownOrigin = browser.runtime.getURL('/');
    const build = browser.runtime.getManifest().version;
    // Where the kept answers are read from, as of the message's day.
    const kept = () => ({ get: (keys: string[]) => browser.storage.local.get(keys), today: localDate(), build });
    // User Timing marks (DevTools, `npm run bench`): when, after this worker started, its first thread view came and
    // was answered. A webmail's navigation wakes the worker before the thread is read: the two differ by that lead.
    const threadView = { received: false, answered: false };
    const answered = <T>(type: unknown, reply: T): T => {
      if (!threadView.answered && type === 'thread:view') {
        threadView.answered = true;
        performance.mark('relance:first-thread-view');
      }
      return reply;
    };

    // Listeners are registered synchronously at top level so an event that wakes the worker is not lost.
    browser.runtime.onMessage.addListener(async (message, sender) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (!threadView.received && type === 'thread:view') {
        threadView.received = true;
        performance.mark('relance:first-thread-view-received');
      }
      const known = !loader.started() && classifySender({ id: sender.id, url: sender.url, fromTab: !!sender.tab }, browser.runtime.id, ownOrigin) !== 'foreign';
      // A change to a thread sent before this worker started: no engine holds what it changes, so the tab sends it whole.
      // Marked (DevTools, the browser tests): a tab watching this worker's presence sends it whole at once instead.
      if (known && type === 'thread:update') {
        performance.mark('relance:thread-update-lost');
        return { ok: true, value: { lost: true } };
      }
      // A thread about to open: the engine gets ready for it, unless its kept answer will do. One not named yet (the
      // webmail navigating) finds the engine's code loaded and ready but not started, for either kind of answer.
      if (known && type === 'thread:soon') {
        const soon = await soonNeedsEngine(message, kept());
        if (soon === 'start') return loader.engine().message(message, sender);
        if (soon === 'load') setTimeout(loader.prepare, 0);
        return { ok: true, value: {} };
      }
      // A thread opened again, unchanged, the same day: its kept answer, if proven current, without loading the engine.
      if (known && type === 'thread:view') {
        const state = await keptThreadAnswer(message, { ...kept(), changeCount: () => readChangeCount() });
        if (state) return answered(type, { ok: true, value: state });
      }
      return answered(type, await loader.engine().message(message, sender));
    });
    // A tab's watch on this worker (utils/messaging/worker-presence.ts): held open, closed when the worker stops.
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== WORKER_PRESENCE_PORT) port.disconnect();
    });
    browser.runtime.onMessageExternal?.addListener((message) => loader.engine().external(message));
    browser.alarms.onAlarm.addListener((alarm) => loader.engine().alarm(alarm));
    browser.runtime.onStartup.addListener(() => loader.engine().startup());
    browser.runtime.onInstalled.addListener((details) => loader.engine().installed(details));
    browser.notifications.onClicked.addListener((id) => loader.engine().notificationClicked(id));
  },
});
