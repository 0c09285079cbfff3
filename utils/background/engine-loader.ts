import type { WorkerEvents } from './worker-events';

/** The engine's script (entrypoints/engine.ts), which leaves its entry points (EngineScript) here when it runs. */
export const ENGINE_SCRIPT = '/engine.js';

/** What the engine's script leaves: its start, and what it may get ready before it starts. */
export interface EngineScript {
  start(): WorkerEvents;
  /** Reads only (see prepareEngine in engine.ts): safe before a request the worker's script answers alone. */
  prepare(): void;
}

declare global {
  // eslint-disable-next-line no-var
  var relanceEngine: EngineScript | undefined;
}

/**
 * The engine, started on first use. Chrome's worker imports its script then (importScripts, synchronous); Firefox's
 * background page lists it before the worker's script, so it is there already. `load` imports it without starting it:
 * Chrome lets an installed worker import only scripts it imported while being installed, and a worker woken as a
 * thread may open has the code ready by the time the thread's view comes (a started engine would read a revisited
 * thread that the worker's script answers from its kept record). `prepare` loads it and lets it get ready without
 * starting.
 */
export function engineLoader(): { engine(): WorkerEvents; started(): boolean; load(): void; prepare(): void } {
  let engine: WorkerEvents | undefined;
  const load = () => {
    if (!globalThis.relanceEngine) (globalThis as unknown as { importScripts(url: string): void }).importScripts(ENGINE_SCRIPT);
    return globalThis.relanceEngine!;
  };
  return {
    engine: () => (engine ??= load().start()),
    started: () => !!engine,
    load: () => void load(),
    prepare: () => {
      if (!engine) load().prepare();
    },
  };
}
