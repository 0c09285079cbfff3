import type { Language } from '../i18n/translator';
import { MESSAGES, parseRequest, type Reply, type Request, type RequestType, type ResponseOf } from '../messages';
import { ConflictError, type RelanceStore } from '../store/relance-store';
import { UserInputError } from './user-input-error';
import type { SenderKind } from './sender';
import type { PromptModel } from '../detect/second-opinion';
import type { ShippedModelName } from '../detect/shipped-models';
import type { ErrorReport } from '../errors/error-code';
import type { ProgressHub } from './progress-hub';
import type { RestoreSessions } from './restore-sessions';
import type { HeavyWork } from '../heavy-work/heavy-job';
import type { ThreadMemo } from './thread-memo';
import type { ShownThreads } from './shown-threads';

export interface HandlerContext {
  store: RelanceStore;
  /** Today in the user's calendar, YYYY-MM-DD. */
  today(): string;
  /** The on-device model asked about unsure replies when the user enabled it (absent: rules only). */
  replyModel?(): PromptModel | undefined;
  /** Where a long task tells the page that started it (by the request's progressId) how far it has gone. */
  progress?: ProgressHub;
  /** Backups being uploaded piece by piece (handlers/backup.ts makes them on first use). */
  restores?: RestoreSessions<{ counts: Record<string, number> }>;
  /** The open threads as the tabs last sent them (handlers/thread.ts makes it on first use). */
  threads?: ThreadMemo;
  /** Where DOCX, CSV, QR and e-invoice work runs (utils/background/heavy-work.ts); absent: in this context. */
  heavyWork?: HeavyWork;
  /** The UI strings of a language (ui-strings.ts): the worker reads its packaged catalogue; absent: the bundled one. */
  strings?(language: Language): Promise<Record<string, string>>;
  /**
   * Resolves once the mail readers hold what they read with (the worker's model files): the named reader's, or every
   * one's; absent: they already do. A woken worker reads a new thread's invoice without waiting for the reply model,
   * three times the invoice model's size (issue 17).
   */
  readersReady?(model?: ShippedModelName): Promise<void>;
  /** Where thread views are kept for the sidebar to show at once on a revisit (shown-threads.ts); absent: not kept. */
  shownThreads?: ShownThreads;
  /** Runs `job` once no request came for a moment, ahead of none (warm-when-idle.ts); absent: at once. */
  whenIdle?(job: () => Promise<unknown>): void;
  /** A thread is about to be opened: the mail readers warm from this answer on, without the quiet time first; absent: nothing to warm. */
  getReady?(): void;
}

export type Handler<T extends RequestType> = (request: Extract<Request, { type: T }>, ctx: HandlerContext) => Promise<ResponseOf<T>>;
export type Handlers = { [T in RequestType]: Handler<T> };
/** The handlers of one namespace (`invoice` for `invoice:*`): each file in handlers/ exports those of its own. */
export type HandlersIn<N extends string> = { [T in RequestType as T extends `${N}:${string}` ? T : never]: Handler<T> };

const CONFLICT_RETRIES = 3;

/**
 * Validates sender and shape, then runs the handler. Never throws: a malformed or foreign message
 * gets an error answer and a line in the local log, and nothing is written.
 */
export async function route(raw: unknown, sender: SenderKind, handlers: Handlers, ctx: HandlerContext): Promise<Reply<unknown>> {
  if (sender === 'foreign') {
    // Coalesced: another extension can send without end, and must not push the rest of the log out.
    await ctx.store.log({ level: 'warn', what: 'forbidden-sender', detail: safeDescribe(raw) }, true);
    return { ok: false, error: { code: 'forbidden-sender', message: 'Relance only answers its own pages and webmail tabs.' } };
  }
  const parsed = parseRequest(raw);
  if (!parsed.ok) {
    await ctx.store.log({ level: 'warn', what: 'invalid-message', detail: parsed.message });
    return { ok: false, error: { code: 'invalid-message', message: parsed.message } };
  }
  const { request } = parsed;
  if (sender === 'webmail' && MESSAGES[request.type].from !== 'webmail') {
    await ctx.store.log({ level: 'warn', what: 'forbidden-sender', detail: `${request.type} from a webmail page` });
    return { ok: false, error: { code: 'forbidden-sender', message: `${request.type} is only accepted from Relance's own pages.` } };
  }
  const handler = handlers[request.type] as Handler<RequestType>;
  for (let attempt = 0; ; attempt++) {
    try {
      return { ok: true, value: await handler(request as never, ctx) };
    } catch (error) {
      if (error instanceof ConflictError && attempt < CONFLICT_RETRIES) continue;
      return { ok: false, error: describeError(error) };
    }
  }
}

function describeError(error: unknown): ErrorReport {
  if (error instanceof ConflictError) return { code: 'conflict', message: error.message };
  if (error instanceof UserInputError) return { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) };
  const name = (error as { name?: string })?.name;
  const message = (error as { message?: string })?.message ?? String(error);
  if (name === 'QuotaExceededError' || name === 'UnknownError' || name === 'InvalidStateError' || name === 'AbortError') {
    return { code: 'storage', message: `Storage failed (${name}): nothing was saved. ${message}` };
  }
  return { code: 'internal', message };
}

function safeDescribe(raw: unknown): string {
  try {
    return JSON.stringify(raw)?.slice(0, 300) ?? String(raw);
  } catch {
    return typeof raw;
  }
}
