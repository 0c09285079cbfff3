import { browser } from 'wxt/browser';

/** The port a tab holds on the background to learn that it stopped (entrypoints/background.ts accepts it, nothing more). */
export const WORKER_PRESENCE_PORT = 'relance:worker-presence';

/**
 * Chrome stops an idle worker after ~30 s of no event, and anything else may stop it sooner (an update, memory, the
 * DevTools): what it held for the tab is then gone (issue 17).
 */
const WORKER_IDLE_MS = 30_000;

/** The least of a port this needs (webextension-polyfill's Runtime.Port). */
interface PresencePort {
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/**
 * Whether the background that answered a moment ago still runs. A port opened after its answer is disconnected when
 * that worker stops (Chrome disconnects a stopped worker's ports, Firefox an unloaded background page's). The tab lets
 * it go `idleMs` after the last answer, when the worker has likely stopped anyway: an open port must not hold a
 * background where a browser counts it as activity. Holding the port costs one event at most, never a wake-up: it is
 * opened only right after an answer.
 */
export function workerPresence(connect: () => PresencePort = () => browser.runtime.connect({ name: WORKER_PRESENCE_PORT }), idleMs = WORKER_IDLE_MS) {
  let port: PresencePort | undefined;
  let epoch = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const lose = () => {
    epoch++;
    port = undefined;
    clearTimeout(idle);
  };
  return {
    /** The background answered just now: returns whether the worker that answered still runs, as long as it is asked. */
    answered(): () => boolean {
      if (!port) {
        try {
          const opened = connect();
          opened.onDisconnect.addListener(() => {
            if (port === opened) lose();
          });
          port = opened;
        } catch {
          // The extension was reloaded under the tab: nothing it answered is held any more.
          lose();
          return () => false;
        }
      }
      clearTimeout(idle);
      idle = setTimeout(() => {
        const held = port;
        lose();
        held?.disconnect();
      }, idleMs);
      const at = epoch;
      return () => at === epoch;
    },
  };
}
