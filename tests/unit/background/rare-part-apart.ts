import { vi } from 'vitest';
import { handlersWith } from '../../../utils/background/handlers';
import type { Handlers } from '../../../utils/background/router';

/**
 * The handlers as Chrome's worker has them: the rare part from a module graph of its own, as worker-rare.js is built
 * apart, so every class it imports (errors included) is its own copy, not the store's or the progress hub's.
 */
export async function handlersWithRarePartApart(): Promise<Handlers> {
  vi.resetModules();
  const { rarePart } = await import('../../../utils/background/handlers/rare');
  return handlersWith(async () => rarePart);
}
