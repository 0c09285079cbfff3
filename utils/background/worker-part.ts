/**
 * A part of the worker's code built apart (entrypoints/worker-*.ts), so that a worker woken for a thread does not parse
 * what it may not need (issue 17): the part's file, and the global its script sets when run.
 */
export interface WorkerPartFile {
  file: `/worker-${string}.js`;
  global: string;
}

/** A classic worker's own function, absent from the DOM typings this project builds with. */
declare function importScripts(...urls: string[]): void;

/**
 * The part, loaded the first time it is asked for and kept; a failed load (a damaged install) is tried again on the next
 * ask. Chrome's worker runs the part's script (a service worker has no import()); elsewhere `inPlace` imports it:
 * Firefox's background page carries it in its bundle, Node loads it. Callers pass `inPlace` only outside Chrome
 * (`import.meta.env.CHROME ? undefined : () => import(…)`), so Chrome's bundle never carries the part.
 */
export function workerPart<T>(part: WorkerPartFile, inPlace?: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const load = async (): Promise<T> => {
    if (inPlace) return inPlace();
    importScripts(part.file);
    const loaded = (globalThis as Record<string, unknown>)[part.global] as T | undefined;
    if (!loaded) throw new Error(`${part.file} did not set ${part.global}`);
    return loaded;
  };
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** What a part's script does when run: leaves the part where the worker looks for it. */
export function exposeWorkerPart<T>(part: WorkerPartFile, contents: T): void {
  (globalThis as Record<string, unknown>)[part.global] = contents;
}

/**
 * Chrome lets an installed worker importScripts() only the scripts it imported while installing: each part is imported
 * once at install (and at each update), so that any later wake-up may load it when asked. Registered synchronously at
 * the worker's start, as the install event requires.
 */
export function importPartsWhenInstalled(parts: WorkerPartFile[]): void {
  self.addEventListener('install', () => importScripts(...parts.map((p) => p.file)));
}
