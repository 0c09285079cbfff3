/**
 * Runs `warm` once, when the worker has answered its requests and nothing came for `idleMs`: never ahead of a request
 * that woke the worker, and never twice in one worker's life (a worker restarted by the browser starts cold again).
 */
export function warmWhenIdle(warm: () => void, idleMs: number, timers: { set: (run: () => void, ms: number) => unknown; clear: (timer: unknown) => void } = { set: (run, ms) => setTimeout(run, ms), clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>) }): { answered(): void } {
  let done = false;
  let timer: unknown;
  return {
    answered() {
      if (done) return;
      timers.clear(timer);
      timer = timers.set(() => {
        done = true;
        try {
          warm();
        } catch {
          // Warming is an optimisation: a reader that throws here will say so again on real mail.
        }
      }, idleMs);
    },
  };
}
