import { downloadFile } from '../../utils/content/download-file';
import { send } from '../../utils/messaging/send';
import { createStore } from '../../utils/state/create-store';

/** Where the "delete everything" flow stands: closed, asking (with the backup offered first), erasing, done, failed. */
export interface EraseState {
  phase: 'closed' | 'asking' | 'erasing' | 'done';
  backedUp: boolean;
  understood: boolean;
  busy: boolean;
  /** The last failure, explained by the section in the user's language. */
  error?: unknown;
  removedOrigins?: number;
}

/** The flow's state and intents: a backup is offered before anything is deleted, and the delete needs a ticked box. */
export function createEraseStore() {
  const store = createStore<EraseState>({ phase: 'closed', backedUp: false, understood: false, busy: false });
  return {
    store,
    open: () => store.set({ phase: 'asking', error: undefined }),
    cancel: () => store.set({ phase: 'closed', understood: false, error: undefined }),
    setUnderstood: (understood: boolean) => store.set({ understood }),
    async backup() {
      store.set({ busy: true, error: undefined });
      try {
        downloadFile(await send('backup:export', {}));
        store.set({ busy: false, backedUp: true });
      } catch (error) {
        store.set({ busy: false, error });
      }
    },
    async erase() {
      if (!store.get().understood) return;
      store.set({ phase: 'erasing', busy: true, error: undefined });
      try {
        const { removedOrigins } = await send('data:erase', { confirm: 'erase-everything' });
        store.set({ phase: 'done', busy: false, removedOrigins: removedOrigins.length });
      } catch (error) {
        store.set({ phase: 'asking', busy: false, error });
      }
    },
  };
}

export type EraseFlow = ReturnType<typeof createEraseStore>;
