type Timers = { set: (run: () => void, ms: number) => unknown; clear: (timer: unknown) => void };

const NODE_TIMERS: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>) };

/** The Prioritized Task Scheduling API (Chrome 94+, in workers too). */
interface TaskScheduler {
  postTask(run: () => void, options: { priority: 'background'; delay: number; signal: AbortSignal }): Promise<void>;
}

/**
 * Steps run as background-priority tasks where the browser can: a request arriving while they run is taken after the
 * current step. Chrome's worker ran every `setTimeout` step queued before it (a thread view sent meanwhile waited ~150
 * ms for five warm-up steps, marks of a cold first visit on Outlook, issue 17). Elsewhere, plain timers.
 */
export function backgroundTimers(scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler): Timers {
  if (typeof scheduler?.postTask !== 'function') return NODE_TIMERS;
  return {
    set(run, delay) {
      const controller = new AbortController();
      // Rejects when aborted: nothing to do then.
      scheduler.postTask(run, { priority: 'background', delay, signal: controller.signal }).catch(() => undefined);
      return controller;
    },
    clear: (timer) => (timer as AbortController | undefined)?.abort(),
  };
}

/**
 * Runs `steps` once in the worker's life, one task each, when nothing came for `idleMs` (and any step given `later`,
 * in turn): never ahead of a request that
 * woke the worker, and a request arriving meanwhile (`busy`) pauses what is left until the worker is quiet again, so
 * it waits for one step at most (a worker restarted by the browser starts cold again). A step that returns a promise
 * (a file read) holds the next until it settles, and hands over to the idle wait if a request came meanwhile. After an
 * answer that asked for it (`soon`: a thread is about to be opened), the first `soonSteps` start without the idle
 * wait, and the others wait for it after them: a step that takes long (the reply reader's first reading, 60-100 ms
 * cold) runs while the worker is quiet, not when the thread's view is about to come.
 */
export function warmWhenIdle(
  initial: ReadonlyArray<() => unknown>,
  idleMs: number,
  timers: Timers = NODE_TIMERS,
  soonSteps = initial.length,
): { busy(): void; answered(): void; soon(): void; later(step: () => unknown): void } {
  const steps = [...initial];
  let next = 0;
  let timer: unknown;
  // Moves on each request, so a step's promise settling after one does not run the next ahead of the idle wait.
  let requests = 0;
  // A step's promise not yet settled: the next waits for it.
  let inFlight = false;
  let eager = false;
  // Running the steps a thread about to open asked for: past them, the quiet time again.
  let hurried = false;
  const following = () => {
    if (!hurried || next < soonSteps) return 0;
    hurried = false;
    return idleMs;
  };
  const runNext = () => {
    timer = undefined;
    if (next >= steps.length) return;
    let pending: unknown;
    try {
      pending = steps[next]();
    } catch {
      // Warming is an optimisation: a reader that throws here will say so again on real mail.
    }
    next++;
    if (!(pending instanceof Promise)) {
      if (next < steps.length) timer = timers.set(runNext, following());
      return;
    }
    const during = requests;
    inFlight = true;
    void pending
      .catch(() => undefined)
      .then(() => {
        inFlight = false;
        if (requests === during && next < steps.length) timer = timers.set(runNext, following());
      });
  };
  const pause = () => {
    requests++;
    hurried = false;
    timers.clear(timer);
    timer = undefined;
  };
  return {
    busy() {
      if (next < steps.length) pause();
    },
    answered() {
      const wait = eager && next < soonSteps ? 0 : idleMs;
      eager = false;
      if (next >= steps.length) return;
      pause();
      hurried = wait === 0;
      timer = timers.set(runNext, wait);
    },
    soon() {
      eager = true;
    },
    // A step added once the first ones are done waits for the same quiet time; added meanwhile, it runs after them.
    later(step) {
      steps.push(step);
      if (timer === undefined && !inFlight && next === steps.length - 1) timer = timers.set(runNext, idleMs);
    },
  };
}
