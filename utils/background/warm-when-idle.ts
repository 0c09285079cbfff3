type Timers = { set: (run: () => void, ms: number) => unknown; clear: (timer: unknown) => void };

const NODE_TIMERS: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>) };

/**
 * Runs `steps` once in the worker's life, one task each, when nothing came for `idleMs`: never ahead of a request that
 * woke the worker, and a request arriving meanwhile (`busy`) pauses what is left until the worker is quiet again, so
 * it waits for one step at most (a worker restarted by the browser starts cold again).
 */
export function warmWhenIdle(steps: ReadonlyArray<() => void>, idleMs: number, timers: Timers = NODE_TIMERS): { busy(): void; answered(): void } {
  let next = 0;
  let timer: unknown;
  const runNext = () => {
    timer = undefined;
    try {
      steps[next]();
    } catch {
      // Warming is an optimisation: a reader that throws here will say so again on real mail.
    }
    next++;
    if (next < steps.length) timer = timers.set(runNext, 0);
  };
  const pause = () => {
    timers.clear(timer);
    timer = undefined;
  };
  return {
    busy() {
      if (next < steps.length) pause();
    },
    answered() {
      if (next >= steps.length) return;
      pause();
      timer = timers.set(runNext, idleMs);
    },
  };
}
