import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { localDate } from '../utils/calendar/today';
import { handlers } from '../utils/background/handlers';
import { route, type HandlerContext } from '../utils/background/router';
import { classifySender } from '../utils/background/sender';
import { registerFollowUp } from '../utils/background/follow-up';
import { builtInModel } from '../utils/on-device/built-in-model';
import { RelanceStore } from '../utils/store/relance-store';
import { MESSAGES, type RequestType } from '../utils/messages';
import { createProgressHub } from '../utils/background/progress-hub';
import { warmUpSteps } from '../utils/detect/warm-up';
import { warmWhenIdle } from '../utils/background/warm-when-idle';
import { offscreenHeavyWork } from '../utils/background/offscreen-heavy-work';
import { packagedStrings } from '../utils/background/packaged-strings';
import { shippedModelFiles } from '../utils/background/shipped-model-files';
import { shownThreads } from '../utils/background/shown-threads';

const BADGE_DELAY_MS = 500;
/** Quiet time after the last answer before the mail readers are warmed up (utils/detect/warm-up.ts). */
const WARM_UP_IDLE_MS = 300;

// A classic script, not a module: Chrome keeps compiled code for an installed classic worker's script, and with it the
// same code reached main() 20-30 % sooner after a wake-up than as a module (npm run bench, issue 17). WXT bundles it
// whole, as it always did for Firefox's MV2 background page.
export default defineBackground({
  main() {
    // User Timing (npm run bench): how long the worker took to load its code before it could run at all.
    performance.mark('relance:worker-main');
    const store = new RelanceStore();
    store.openAhead();
    // Chrome's worker cannot import() the DOCX/CSV/XML libraries: an offscreen document does that work. Firefox's
    // background is a page, which can: without a runner, handlers do it in place (utils/background/heavy-work.ts).
    const offscreen = import.meta.env.FIREFOX ? undefined : offscreenHeavyWork();
    const ctx: HandlerContext = {
      store,
      today: () => localDate(),
      replyModel: builtInModel,
      // To the extension's pages only (runtime messaging reaches no content script); a page closed meanwhile hears nothing.
      progress: createProgressHub((event) => void browser.runtime.sendMessage(event).catch(() => undefined)),
      heavyWork: offscreen?.work,
      // Both read from the package when first needed, not at wake-up: a fetch started then held back the waking message
      // until it finished (measured by marks: ~50 ms on a cold thread revisit, which needs neither model).
      strings: packagedStrings(),
      readersReady: shippedModelFiles(),
      shownThreads: shownThreads(browser.storage.local),
    };
    // A kept view showing what a write changed is dropped as the write commits, whoever asked for it: a page, a thread
    // view of another thread about the same invoice, the daily alarm (docs/privacy.md).
    store.onChange((change) => void ctx.shownThreads?.forget(change));
    const ownOrigin = browser.runtime.getURL('/');

    const followUp = registerFollowUp(store, ctx, ctx.today);
    // The badge follows every write (a reminder sent, a payment, an import), a moment later and once per burst.
    let badgeTimer: ReturnType<typeof setTimeout> | undefined;
    const refreshBadgeSoon = () => {
      clearTimeout(badgeTimer);
      badgeTimer = setTimeout(() => void followUp.refreshBadge().catch(() => undefined), BADGE_DELAY_MS);
    };

    // The model files first, so the warm-up reads with the learned readers and the next untracked thread neither waits
    // for the files (~20 ms) nor reads with cold code (~20 ms more): marks at stop 44, warm first visit.
    const readers = warmWhenIdle([() => ctx.readersReady?.(), ...warmUpSteps()], WARM_UP_IDLE_MS);
    // A User Timing mark (DevTools, `npm run bench`): how long after this worker started its first thread view was answered.
    let threadViewAnswered = false;

    // Listeners are registered synchronously at top level so a message that wakes the worker is not lost.
    browser.runtime.onMessage.addListener(async (message, sender) => {
      if (offscreen?.hearProgress(message, sender.url)) return undefined;
      readers.busy();
      const reply = await route(
        message,
        classifySender({ id: sender.id, url: sender.url, fromTab: !!sender.tab }, browser.runtime.id, ownOrigin),
        handlers,
        ctx,
      );
      const type = (message as { type: RequestType }).type;
      if (reply.ok && MESSAGES[type].writes) refreshBadgeSoon();
      readers.answered();
      if (!threadViewAnswered && type === 'thread:view') {
        threadViewAnswered = true;
        performance.mark('relance:first-thread-view');
      }
      return reply;
    });
    // Other extensions may message us only through onMessageExternal: refuse and log, never act.
    browser.runtime.onMessageExternal?.addListener((message) => route(message, 'foreign', handlers, ctx));
  },
});
