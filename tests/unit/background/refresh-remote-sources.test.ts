import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { refreshRemoteSources } from '../../../utils/background/refresh-remote-sources';
import type { ShownThreads } from '../../../utils/background/shown-threads';
import { demoContext } from './demo-mailbox';

describe("the daily alarm's refresh of services, registries and letters", () => {
  it('drops the views kept for revisits, which may show what it changed', async () => {
    const shownThreads: ShownThreads = { remember: vi.fn(async () => undefined), forgetAll: vi.fn(async () => undefined) };
    await refreshRemoteSources({ ...demoContext(), shownThreads });
    expect(shownThreads.forgetAll).toHaveBeenCalledTimes(1);
  });

  it('still ends when the kept views cannot be dropped', async () => {
    const shownThreads: ShownThreads = { remember: vi.fn(async () => undefined), forgetAll: vi.fn(async () => Promise.reject(new Error('storage'))) };
    await expect(refreshRemoteSources({ ...demoContext(), shownThreads })).resolves.toBeUndefined();
  });
});
