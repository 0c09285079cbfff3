import { browser } from 'wxt/browser';
import { localDate } from '../calendar/today';
import { handlers } from './handlers';
import { route, type HandlerContext } from './router';
import { classifySender } from './sender';
import { followUp } from './follow-up';
import { builtInModel } from '../on-device/built-in-model';
import { RelanceStore } from '../store/relance-store';
import { MESSAGES, type RequestType } from '../messages';
import { createProgressHub } from './progress-hub';
import { warmUpSteps } from '../detect/warm-up';
import { backgroundTimers, warmWhenIdle } from './warm-when-idle';
import { offscreenHeavyWork } from './offscreen-heavy-work';
import { packagedStrings } from './packaged-strings';
import { shippedModelFiles } from './shipped-model-files';
import { shippedModel, type ShippedModelName } from '../detect/shipped-models';
import { shownThreads } from './shown-threads';
import type { WorkerEvents } from './worker-events';

const BADGE_DELAY_MS = 500;
/** Quiet time after the last answer before the mail readers are warmed up (utils/detect/warm-up.ts). */
const WARM_UP_IDLE_MS = 300;

/** What the engine opens and reads before its first answer, made once whether or not it got ready first (prepareEngine). */
interface EarlyParts {
  store: RelanceStore;
  readersReady: (name?: ShippedModelName) => Promise<void>;
}
let early: EarlyParts | undefined;
const earlyParts = (): EarlyParts => (early ??= { store: new RelanceStore(), readersReady: shippedModelFiles() });

/**
 * A worker woken as the webmail moves to another view (a thread may open) gets ready for a first visit without
 * starting the engine: it opens the database and reads and unpacks the invoice reader's model, which a thread with no
 * invoice tracked yet is read with. Marks on cold first visits: the view waited ~35 ms after the engine's start for
 * the database and ~45 ms for the model (issue 17). Nothing here writes or answers: a revisit the worker's script
 * answers from its kept record stays answered without the engine. The navigation comes 40-70 ms before the thread's
 * view, so the file is read by then (a read started by the view itself held it back, see startEngine); revisits
 * measured unchanged (clean-clone CI runs: kept view / answer 44.5 / 93.3 ms, 49.3 / 93.4 before).
 */
export function prepareEngine(): void {
  const { store, readersReady } = earlyParts();
  store.openAhead();
  void readersReady('invoice').then(() => backgroundTimers().set(() => void shippedModel('invoice'), 0));
}

/**
 * Everything the background does: the store, the handlers, the daily follow-up. The worker's own script
 * (entrypoints/background.ts) registers the browser's listeners and starts this on the first event it cannot answer
 * alone, so a worker woken to give a thread's kept answer never loads it (issue 17).
 */
export function startEngine(): WorkerEvents {
  performance.mark('relance:engine-start');
  const { store, readersReady } = earlyParts();
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
    // until it finished (measured by marks: ~50 ms on a cold thread revisit, which needs neither model). The invoice
    // model may have been read already, by a worker woken ahead of the view (prepareEngine).
    strings: packagedStrings(),
    readersReady,
    shownThreads: shownThreads(browser.storage.local, {
      build: browser.runtime.getManifest().version,
      changeCount: () => store.changeCount(),
    }),
  };
  // A kept view showing what a write changed is dropped as the write commits, whoever asked for it: a page, a thread
  // view of another thread about the same invoice, the daily alarm (docs/privacy.md).
  store.onChange((change, count) => void ctx.shownThreads?.forget(change, count));
  const ownOrigin = browser.runtime.getURL('/');

  const daily = followUp(store, ctx, ctx.today);
  // The badge follows every write (a reminder sent, a payment, an import), a moment later and once per burst.
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshBadgeSoon = () => {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => void daily.refreshBadge().catch(() => undefined), BADGE_DELAY_MS);
  };

  // The model files first, so the warm-up reads with the learned readers and the next untracked thread neither waits
  // for the files (~20 ms) nor reads with cold code (~20 ms more): marks at stop 44, warm first visit. A thread about
  // to open warms what reads it for its invoice at once, and the reply reader's model and phrase index; its phrases and
  // long first readings wait for the quiet after the thread's view.
  const { invoice, replyParts, replies } = warmUpSteps();
  const soon = [() => ctx.readersReady?.(), ...invoice, ...replyParts];
  const readers = warmWhenIdle([...soon, ...replies], WARM_UP_IDLE_MS, backgroundTimers(), soon.length);
  // A thread read again to confirm its kept answer (handlers/thread.ts) waits for the same quiet, after the warm-up.
  ctx.whenIdle = (job) => readers.later(job);
  ctx.getReady = () => readers.soon();

  return {
    async message(message, sender) {
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
      return reply;
    },
    // Other extensions may message us only through onMessageExternal: refuse and log, never act.
    external: (message) => route(message, 'foreign', handlers, ctx),
    alarm: daily.onAlarm,
    startup: daily.onStartup,
    installed: daily.onInstalled,
    notificationClicked: daily.onNotificationClicked,
  };
}
