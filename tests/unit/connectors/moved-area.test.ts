/** Issue 23: connector keys an earlier version kept in storage.local (readable by content scripts) move to the background's vault. */
import { describe, expect, it } from 'vitest';
import { createConnectionVault, type KeyValueArea } from '../../../utils/connectors/connection-vault';
import { movedArea, type RemovableArea } from '../../../utils/connectors/moved-area';

function memoryArea(initial: Record<string, unknown> = {}): RemovableArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

describe('movedArea', () => {
  it('moves the stored connections on first read and leaves nothing behind in the old area', async () => {
    const connection = { id: 'stripe', credential: { secret: 'rk_live_x' }, connectedAt: '2026-11-01T08:00:00.000Z' };
    const old = memoryArea({ 'connections.v1': { stripe: connection }, sidebarOpen: true });
    const vaultArea: KeyValueArea & { data: Record<string, unknown> } = memoryArea();
    const vault = createConnectionVault(movedArea(old, vaultArea));
    expect(await vault.all()).toEqual([connection]);
    expect(old.data).toEqual({ sidebarOpen: true });
    expect(vaultArea.data['connections.v1']).toEqual({ stripe: connection });
  });

  it('writes only to the new area', async () => {
    const old = memoryArea();
    const vaultArea = memoryArea();
    const vault = createConnectionVault(movedArea(old, vaultArea));
    await vault.put({ id: 'qonto', credential: { secret: 'org:key' }, connectedAt: '2026-11-01T08:00:00.000Z' });
    expect(old.data).toEqual({});
    expect(Object.keys(vaultArea.data)).toEqual(['connections.v1']);
  });
});
