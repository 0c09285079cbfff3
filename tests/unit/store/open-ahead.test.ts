import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

describe('opening the database ahead of the first request', () => {
  it('opens it once, and the first request uses that opening', async () => {
    const open = vi.fn((onClose: () => void) => openRelanceDb(`open-ahead-${Math.random()}`, undefined, onClose));
    const store = new RelanceStore(open);
    store.openAhead();
    expect(open).toHaveBeenCalledTimes(1);
    expect((await store.getSettings()).language).toBeDefined();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed opening to the first request, which opens it again and says why if it fails again', async () => {
    const name = `open-ahead-${Math.random()}`;
    const open = vi
      .fn((onClose: () => void) => openRelanceDb(name, undefined, onClose))
      .mockImplementationOnce(() => Promise.reject(new Error('UnknownError: the disk is gone')))
      .mockImplementationOnce(() => Promise.reject(new Error('UnknownError: still gone')));
    const store = new RelanceStore(open);
    store.openAhead();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(store.getSettings()).rejects.toThrow('still gone');
    expect((await store.getSettings()).language).toBeDefined();
    expect(open).toHaveBeenCalledTimes(3);
  });
});
