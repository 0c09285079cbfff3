import type { RequestType } from '../../messages';
import type { Handler, HandlerContext } from '../router';
import { workerPart, type WorkerPartFile } from '../worker-part';

/**
 * The namespaces whose messages only a user's request sends (the dashboard, the options page, an export click). Not
 * `einvoice`: a thread with a PDF or XML attached asks for it as it opens.
 */
export const RARE_NAMESPACES = [
  'backup',
  'client',
  'clients',
  'connector',
  'data',
  'export',
  'import',
  'letter',
  'registry',
  'settings',
  'templates',
  'tracking',
] as const;

export type RareType = Extract<RequestType, `${(typeof RARE_NAMESPACES)[number]}:${string}`>;

/** The worker's rarely needed part (handlers/rare.ts, built for Chrome as entrypoints/worker-rare.ts). */
export interface RarePart {
  handlers: { [T in RareType]: Handler<T> };
  /** The daily alarm's connections, registry re-checks and letter tracking (refresh-remote-sources.ts). */
  refreshRemoteSources(ctx: HandlerContext): Promise<void>;
}

export const RARE_PART: WorkerPartFile = { file: '/worker-rare.js', global: '__relanceRarePart' };

export const isRareType = (type: RequestType): type is RareType => (RARE_NAMESPACES as readonly string[]).includes(type.slice(0, type.indexOf(':')));

/** The rare part, loaded when first asked for. */
export const rarePartLoader = (): (() => Promise<RarePart>) =>
  workerPart(RARE_PART, import.meta.env.CHROME ? undefined : async () => (await import('./rare')).rarePart);
