import type { WorkerEvents } from './worker-events';

/** The engine's script (entrypoints/engine.ts), which leaves its start function here when it runs. */
export const ENGINE_SCRIPT = '/engine.js';

declare global {
  // eslint-disable-next-line no-var
  var relanceEngine: (() => WorkerEvents) | undefined;
}

/**
 * The engine, started on first use. Chrome's worker imports its script then (importScripts, synchronous); Firefox's
 * background page lists it before the worker's script, so it is there already. Chrome lets an installed worker import
 * only scripts it imported while being installed: `installing` imports it at once for that.
 */
export function engineLoader(): { engine(): WorkerEvents; started(): boolean; installing(): void } {
  let engine: WorkerEvents | undefined;
  const load = () => {
    if (!globalThis.relanceEngine) (globalThis as unknown as { importScripts(url: string): void }).importScripts(ENGINE_SCRIPT);
    return globalThis.relanceEngine!;
  };
  return {
    engine: () => (engine ??= load()()),
    started: () => !!engine,
    installing: () => void load(),
  };
}
