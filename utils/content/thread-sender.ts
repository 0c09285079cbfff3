import type { MailMessage } from '../mail/types';
import type { EInvoiceFacts } from '../messages';
import type { ThreadState } from '../model/view';
import type { ThreadView } from '../webmail/adapter';
import type { ShownEvent } from '../model/shown-event';
import { joinTimelines } from '../model/timeline-tail';
import { sendFromWebmail } from './send-from-webmail';
import { workerPresence } from '../messaging/worker-presence';

/**
 * One huge mail (a pasted log, a newsletter) or a giant thread must not make the background refuse it all: bodies are
 * cut well past the 30 000 characters detection reads (the protocol accepts 2 000 000), the oldest messages dropped.
 */
const MAX_TEXT_CHARS = 200_000;
const MAX_MESSAGES = 500;

/**
 * Sends the open thread to the background (issue 17): whole the first time, then only the messages new or changed since,
 * which the adapters keep as the same objects while their rendering holds. The background answers `unchanged` when
 * the sidebar already shows what it would show, else with only the new events of the timelines it answered last; a
 * worker restarted meanwhile has lost the thread, which is then sent whole, as it is when those timelines do not join.
 */
export class ThreadSender {
  /**
   * What was sent under `token`, and the timelines last answered: later answers bring only their new events, while
   * the worker that answered still runs. A restarted worker has lost the thread: it is then sent whole at once, not as
   * changes the worker would refuse (a wake-up and a round trip lost on every revisit after a stop, issue 17).
   */
  private sent?: { token: string; threadId: string; messages: Map<string, MailMessage>; timelines: Map<string, ShownEvent[]>; workerRuns: () => boolean };

  constructor(
    private readonly webmail: 'gmail' | 'outlook',
    private readonly worker = workerPresence(),
  ) {}

  async view(thread: ThreadView, einvoice: EInvoiceFacts | undefined): Promise<ThreadState | 'unchanged'> {
    const { messages, ...about } = thread;
    const kept = messages.slice(-MAX_MESSAGES);
    const base = this.sent?.threadId === thread.threadId && this.sent.workerRuns() ? this.sent : undefined;
    if (base) {
      const changed = kept.filter((m) => base.messages.get(m.id) !== m).map(withinLimits);
      const answer = await sendFromWebmail('thread:update', {
        webmail: this.webmail,
        token: base.token,
        thread: about,
        ids: kept.map((m) => m.id),
        changed,
        einvoice,
      });
      if ('unchanged' in answer) {
        this.sent = { ...base, messages: byId(kept), workerRuns: this.worker.answered() };
        return 'unchanged';
      }
      // Another view may have been answered under the token meanwhile: the tails follow the timelines answered last.
      const held = this.sent?.token === base.token ? this.sent.timelines : base.timelines;
      const state = 'state' in answer ? (answer.timelinesAfter ? joinTimelines(answer.state, answer.timelinesAfter, held) : answer.state) : undefined;
      if (state) {
        this.sent = { ...base, messages: byId(kept), timelines: timelinesOf(state), workerRuns: this.worker.answered() };
        return state;
      }
    }
    const token = crypto.randomUUID();
    const state = await sendFromWebmail('thread:view', {
      webmail: this.webmail,
      thread: { ...about, messages: kept.map(withinLimits) },
      einvoice,
      token,
      progressive: true,
    });
    this.sent = { token, threadId: thread.threadId, messages: byId(kept), timelines: timelinesOf(state), workerRuns: this.worker.answered() };
    return state;
  }

  /** The sidebar shows something else than the last answer: the next view sends the whole thread and gets a whole answer. */
  forget(): void {
    this.sent = undefined;
  }
}

const byId = (messages: MailMessage[]) => new Map(messages.map((m) => [m.id, m]));
const timelinesOf = (state: ThreadState) => new Map(state.tracked.map((view) => [view.invoice.id, view.timeline]));
const withinLimits = (m: MailMessage): MailMessage => (m.text.length > MAX_TEXT_CHARS ? { ...m, text: m.text.slice(0, MAX_TEXT_CHARS) } : m);
