/**
 * A second reader for replies the rules are unsure of: the browser's own on-device model (Chrome's Prompt API,
 * `LanguageModel`), asked for a JSON answer constrained by a schema. Pure: the model is handed in, so the core never
 * touches a browser global; whatever goes wrong (absent, not downloaded, slow, nonsense), the rules' reading stands.
 */
import { z } from '../validate/zod';
import { addDays, localDateOf } from '../calendar/iso-date';
import { foldText } from './fold';
import { guessLanguage } from './language';
import { cleanMailText } from './mail-text';
import { ownText } from './quoted-text';
import type { ReplyClassification } from './reply';
import type { ReplyKind, ReplyReader } from './reply-kind';
import type { Language } from '../model/language';

/** The slice of the Prompt API this reader uses (https://github.com/webmachinelearning/prompt-api). */
export interface PromptModel {
  availability(options: PromptModelOptions): Promise<string>;
  create(options: PromptModelOptions & { signal?: AbortSignal }): Promise<PromptSession>;
}
export interface PromptModelOptions {
  expectedInputs: Array<{ type: 'text'; languages: string[] }>;
  expectedOutputs: Array<{ type: 'text'; languages: string[] }>;
}
export interface PromptSession {
  prompt(input: string, options: { responseConstraint: object; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

export type { ReplyReader };
export type ReplyReading = ReplyClassification & { reader: ReplyReader };

/** Below this confidence the rules ask for a second opinion. */
export const SECOND_OPINION_BELOW = 0.7;
/** Longest wait for the model, session creation included: the sidebar is waiting. */
export const SECOND_OPINION_TIMEOUT_MS = 8000;
/** What the model must read and write: the reply's language in, JSON (language-neutral, English keys) out. */
export function modelOptions(language: Language): PromptModelOptions {
  return { expectedInputs: [{ type: 'text', languages: [language] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] };
}

/** The reply's own words only, and not too many of them: a small on-device model reads slowly. */
const MAX_INPUT_CHARS = 2000;
/** A promise further away than this is a misreading. */
const MAX_PROMISE_DAYS = 400;

const KINDS: ReplyKind[] = ['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other'];

/** The JSON schema the model's answer is constrained to (and checked against again: constraints are not a promise). */
export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'promisedDate'],
  properties: {
    kind: { type: 'string', enum: KINDS },
    promisedDate: { anyOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, { type: 'null' }] },
  },
} as const;

const answer = z.object({
  kind: z.enum(KINDS as [ReplyKind, ...ReplyKind[]]),
  promisedDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

function instructions(today: string, body: string): string {
  return [
    'You read one reply a client wrote to a freelancer about an unpaid invoice. Say what it means for the invoice:',
    '- promise: they will pay later (a date, a span like "within 10 days", the next payment run);',
    '- paid: they say the payment has already been made or sent;',
    '- dispute: they refuse, contest or withhold the invoice (wrong amount, work not done, not owed);',
    '- plan: they ask or offer to pay in several instalments or ask for more time;',
    '- auto-reply: an automatic message (out of office, acknowledgement, unmonitored mailbox);',
    '- info-request: they ask for something before paying (a copy, bank details, a purchase order, the right addressee);',
    '- other: none of these.',
    `The reply was received on ${today} (YYYY-MM-DD). For a promise, give the latest day they said they would pay by as`,
    'YYYY-MM-DD, else null. Answer in JSON only.',
    '',
    'Reply:',
    '"""',
    body,
    '"""',
  ].join('\n');
}

/** Resolves after `ms` with undefined (and aborts `controller`), so a stuck model never blocks the reading. */
function deadline(ms: number, controller: AbortController): { promise: Promise<undefined>; clear: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(undefined);
    }, ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/** The model's answer as a reading, or undefined when it is not a valid one (garbage, a date in the past…). */
export function readAnswer(raw: unknown, today: string): Pick<ReplyReading, 'kind' | 'promisedDate'> | undefined {
  if (typeof raw !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) return undefined;
  const { kind, promisedDate } = parsed.data;
  if (kind !== 'promise') return { kind };
  if (promisedDate === null) return { kind };
  // A real calendar day, not before the reply and not absurdly far.
  if (localDateOf(promisedDate) !== promisedDate || promisedDate < today || promisedDate > addDays(today, MAX_PROMISE_DAYS)) return undefined;
  return { kind, promisedDate };
}

/**
 * The reading of a reply: the rules' own when they are confident or no model is usable, else the model's answer.
 * Never throws and never waits longer than `timeoutMs`.
 */
export async function secondOpinion(
  model: PromptModel | undefined,
  text: string,
  receivedAt: string,
  rules: ReplyClassification,
  timeoutMs = SECOND_OPINION_TIMEOUT_MS,
): Promise<ReplyReading> {
  const standing: ReplyReading = { ...rules, reader: 'rules' };
  const today = localDateOf(receivedAt);
  if (!model || !today || rules.confidence >= SECOND_OPINION_BELOW) return standing;
  const clean = cleanMailText(text, 20_000);
  const own = ownText(clean, foldText(clean));
  const body = own.text.slice(0, MAX_INPUT_CHARS);
  if (!body.trim()) return standing;
  const options = modelOptions(guessLanguage(own.folded));
  const controller = new AbortController();
  const timer = deadline(timeoutMs, controller);
  let session: PromptSession | undefined;
  const ask = async (): Promise<string | undefined> => {
    // Only a model already on the machine: reading a thread never starts a download (the options page does, on request).
    if ((await model.availability(options)) !== 'available') return undefined;
    const created = await model.create({ ...options, signal: controller.signal });
    if (controller.signal.aborted) {
      created.destroy(); // created after the deadline: nobody else will close it
      return undefined;
    }
    session = created;
    return session.prompt(instructions(today, body), { responseConstraint: ANSWER_SCHEMA, signal: controller.signal });
  };
  try {
    // A failure after the deadline has nobody to tell: swallow it.
    const raw = await Promise.race([ask().catch(() => undefined), timer.promise]);
    const read = readAnswer(raw, today);
    if (!read) return standing;
    if (read.kind === rules.kind) return { ...rules, promisedDate: read.promisedDate ?? rules.promisedDate, reader: 'model' };
    return { kind: read.kind, promisedDate: read.promisedDate, confidence: SECOND_OPINION_BELOW, reader: 'model' };
  } finally {
    timer.clear();
    controller.abort();
    try {
      session?.destroy();
    } catch {
      // a session that failed to close is the browser's to reclaim
    }
  }
}
