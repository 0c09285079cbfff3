import type { BackupChunk } from '../export/backup';
import { utf8Length } from '../export/backup-pieces';
import { UserInputError } from './user-input-error';

/**
 * Restores uploaded piece by piece (backup:restore-begin, -piece, -end), by progressId. Held in the worker's memory
 * only: a worker stopped mid-upload forgets them, and so writes nothing. Each piece is read before the next is taken,
 * so the background holds one piece of the file at a time, never the whole text.
 */
export interface RestoreSessions<T> {
  /**
   * Opens an upload of `size` bytes; `restore` reads its pieces as they come and writes only once all are in. An upload
   * still open (a page closed or reloaded mid-way) is dropped first: its restore fails and writes nothing.
   */
  begin(id: string, size: number, restore: (chunks: AsyncIterable<BackupChunk>) => Promise<T>): void;
  /** The next piece (`index` counts from 0); resolves once the restore has read it. */
  piece(id: string, index: number, text: string): Promise<void>;
  /** No more pieces: the restore's answer, once it is written (or why it was refused). */
  end(id: string): Promise<T>;
}

/** An upload dropped before its end: what its restore was reading stops there. */
export class AbandonedRestoreError extends Error {
  override name = 'AbandonedRestoreError';
}

interface Session<T> {
  next: number;
  read: number;
  feed: Feed;
  outcome: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>;
  failed?: unknown;
}

export function createRestoreSessions<T>(): RestoreSessions<T> {
  const sessions = new Map<string, Session<T>>();

  const open = (id: string): Session<T> => {
    const session = sessions.get(id);
    if (!session) throw new UserInputError(`No restore under way for ${id}: it was interrupted (or already finished).`, 'restore-session-lost');
    if (session.failed !== undefined) {
      sessions.delete(id);
      throw session.failed;
    }
    return session;
  };

  return {
    begin(id, size, restore) {
      for (const session of sessions.values()) session.feed.drop();
      sessions.clear();
      const feed = createFeed();
      const session: Session<T> = {
        next: 0,
        read: 0,
        feed,
        outcome: restore(feed.chunks(size)).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => {
            // Told to the page at its next piece (the one being read may already have been answered).
            session.failed = error;
            return { ok: false as const, error };
          },
        ),
      };
      sessions.set(id, session);
    },
    async piece(id, index, text) {
      const session = open(id);
      if (index !== session.next) {
        sessions.delete(id);
        session.feed.drop();
        throw new UserInputError(`Restore ${id}: piece ${index} came where piece ${session.next} was expected.`, 'restore-piece-order');
      }
      session.next++;
      session.read += utf8Length(text);
      await Promise.race([session.feed.push(text, session.read), session.outcome]);
      if (session.failed !== undefined) {
        sessions.delete(id);
        throw session.failed;
      }
    },
    async end(id) {
      const session = open(id);
      // From here the restore is no longer an upload: a new begin does not drop it, and its write runs to the end.
      sessions.delete(id);
      session.feed.end();
      const outcome = await session.outcome;
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    },
  };
}

interface Feed {
  /** The pieces as readBackup takes them, with how far into the file (bytes) each reaches. */
  chunks(size: number): AsyncGenerator<BackupChunk>;
  /** Resolves once the reader has read the piece and comes back for the next. */
  push(text: string, read: number): Promise<void>;
  end(): void;
  drop(): void;
}

/** One piece waiting at a time, handed over when the reader asks for it. */
function createFeed(): Feed {
  let waiting: { text: string; read: number; taken: () => void } | undefined;
  let state: 'open' | 'ended' | 'dropped' = 'open';
  let wake: (() => void) | undefined;
  const nudge = () => {
    wake?.();
    wake = undefined;
  };
  return {
    async *chunks(size) {
      for (;;) {
        while (!waiting && state === 'open') await new Promise<void>((resolve) => (wake = resolve));
        if (state === 'dropped') throw new AbandonedRestoreError('restore upload abandoned');
        if (!waiting) return;
        const { text, read, taken } = waiting;
        waiting = undefined;
        // A file with a byte-order mark or broken bytes decodes a little longer or shorter than its size.
        yield { text, done: Math.min(read, size), total: size };
        // Only once the reader comes back for more: a reader that failed on this piece answers it through its outcome.
        taken();
      }
    },
    push(text, read) {
      return new Promise<void>((taken) => {
        waiting = { text, read, taken };
        nudge();
      });
    },
    end() {
      state = 'ended';
      nudge();
    },
    drop() {
      state = 'dropped';
      waiting?.taken();
      waiting = undefined;
      nudge();
    },
  };
}
