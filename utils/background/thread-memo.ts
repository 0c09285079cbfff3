import type { MailMessage } from '../mail/types';
import type { ThreadState } from '../model/view';
import { timelineEnds, type TimelineEnds } from '../model/timeline-tail';
import { LatestEntries } from '../state/latest-entries';

/** Threads kept: one per open webmail tab is the common case; a few more cover tabs switching back and forth. */
const KEPT = 8;

/** The open thread as a webmail tab last sent it (under the tab's token) and what the sidebar was answered. */
interface SentThread {
  threadId: string;
  messages: Map<string, MailMessage>;
  shown: string;
  /** Where the timelines of that answer end: the next answer sends only what follows (model/timeline-tail.ts). */
  ends: TimelineEnds;
}

export interface ThreadMemo {
  remember(token: string, threadId: string, messages: MailMessage[], state: ThreadState): void;
  /** The whole thread from the ids in order and the messages changed since; undefined when this worker never saw it. */
  rebuild(token: string, threadId: string, ids: string[], changed: MailMessage[]): MailMessage[] | undefined;
  /** Where the timelines the tab was last answered with end; undefined when this worker never answered it. */
  timelineEnds(token: string, threadId: string): TimelineEnds | undefined;
  /** Remembers the new state and says whether the sidebar already shows it. */
  alreadyShown(token: string, threadId: string, messages: MailMessage[], state: ThreadState): boolean;
  /** The state answered under `token` with its replies being read: the tab asks for it next (handlers/thread.ts). */
  settling(token: string, settled: Promise<ThreadState>): void;
  /** That state, once, if the tab still has the same messages (`ids`); undefined otherwise. */
  takeSettling(token: string, ids: string[]): Promise<ThreadState> | undefined;
}

/**
 * Issue 17: a message added to the open thread is sent alone, not with the 49 before it. The worker keeps what each tab
 * last sent, in memory only: a restarted worker has none, and the tab then sends the whole thread again.
 */
export function createThreadMemo(): ThreadMemo {
  const sent = new LatestEntries<string, SentThread>(KEPT);
  const settling = new Map<string, Promise<ThreadState>>();
  const keep = (token: string, threadId: string, messages: MailMessage[], state: ThreadState, shown: string) => {
    const pushedOut = sent.set(token, { threadId, messages: new Map(messages.map((m) => [m.id, m])), shown, ends: timelineEnds(state) });
    // Any newer answer under the token supersedes the one being completed.
    settling.delete(token);
    if (pushedOut !== undefined) settling.delete(pushedOut);
  };
  return {
    remember: (token, threadId, messages, state) => keep(token, threadId, messages, state, JSON.stringify(state)),
    rebuild(token, threadId, ids, changed) {
      const known = sent.get(token);
      if (known?.threadId !== threadId) return undefined;
      const now = new Map(changed.map((m) => [m.id, m]));
      const messages: MailMessage[] = [];
      for (const id of ids) {
        const message = now.get(id) ?? known.messages.get(id);
        if (!message) return undefined;
        messages.push(message);
      }
      return messages;
    },
    alreadyShown(token, threadId, messages, state) {
      // Turned into JSON once: the state of a long thread's invoice is tens of kilobytes, on every change of the thread.
      const shown = JSON.stringify(state);
      const before = sent.get(token)?.shown;
      keep(token, threadId, messages, state, shown);
      return before === shown;
    },
    timelineEnds(token, threadId) {
      const known = sent.get(token);
      return known?.threadId === threadId ? known.ends : undefined;
    },
    settling: (token, settled) => void settling.set(token, settled),
    takeSettling(token, ids) {
      const settled = settling.get(token);
      settling.delete(token);
      const known = [...(sent.get(token)?.messages.keys() ?? [])];
      return known.length === ids.length && known.every((id, i) => id === ids[i]) ? settled : undefined;
    },
  };
}
