import { browserEraseDeps } from '../browser-erase-deps';
import type { EraseDeps } from '../erase-deps';
import type { Handler, HandlersIn } from '../router';

/**
 * "Tout supprimer": the database emptied in one transaction (after any write in progress), then the stored keys, then
 * the optional hosts the user granted. The database goes first: it holds the evidence the user chose to delete, and a
 * failure there leaves the keys and grants as they were, so the user can retry.
 */
export function eraseEverything(deps: EraseDeps): Handler<'data:erase'> {
  return async (_request, ctx) => {
    await ctx.store.exclusive(() => ctx.store.eraseAll());
    // The kept thread views heard the erase and are dropping theirs: local storage is cleared after, not under them.
    await ctx.shownThreads?.drained();
    await deps.clearLocalStorage();
    const origins = await deps.grantedOptionalOrigins();
    await deps.removeOrigins(origins);
    return { removedOrigins: origins };
  };
}

export const dataHandlers = {
  'data:erase': eraseEverything(browserEraseDeps()),
} satisfies HandlersIn<'data'>;
