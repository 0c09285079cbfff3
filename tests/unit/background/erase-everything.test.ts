import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { EraseDeps } from '../../../utils/background/erase-deps';
import { eraseEverything } from '../../../utils/background/handlers/data';
import { track } from '../../../utils/background/handlers/invoice';
import { route, type HandlerContext, type Handlers } from '../../../utils/background/router';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

function setup(deps: Partial<EraseDeps> = {}) {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-erase-${Math.random()}`, undefined, onClose));
  const ctx: HandlerContext = { store, today: () => '2026-11-23' };
  const local = new Map<string, unknown>([
    ['connections', [{ id: 'stripe' }]],
    ['registryConsent', true],
  ]);
  let granted = ['https://mail.google.com/*', 'https://api.stripe.com/*', 'https://recherche-entreprises.api.gouv.fr/*'];
  const full: EraseDeps = {
    clearLocalStorage: vi.fn(async () => local.clear()),
    grantedOptionalOrigins: vi.fn(async () => granted.filter((o) => o !== 'https://mail.google.com/*')),
    removeOrigins: vi.fn(async (origins: string[]) => void (granted = granted.filter((o) => !origins.includes(o)))),
    ...deps,
  };
  const handlers = { 'data:erase': eraseEverything(full) } as unknown as Handlers;
  return { store, ctx, handlers, local, deps: full, granted: () => granted };
}

async function seed(ctx: HandlerContext) {
  await track(
    {
      type: 'invoice:track',
      webmail: 'gmail',
      threadId: 't-1',
      url: 'https://mail.google.com/mail/u/0/#inbox/t-1',
      fields: {
        number: 'F-1',
        amountDue: { minor: 120_000, currency: 'EUR' },
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        debtor: { name: 'A', email: 'a@a.fr' },
        debtorKind: 'business',
      },
    },
    ctx,
  );
  await ctx.store.saveSettings({ ...(await ctx.store.getSettings()), language: 'en' });
  await ctx.store.log({ level: 'warn', what: 'invalid-message', detail: 'x' });
}

describe('delete everything (data:erase)', () => {
  it('empties the database, the stored keys and the granted optional hosts, and keeps the webmail hosts', async () => {
    const { store, ctx, handlers, local, granted } = setup();
    await seed(ctx);
    const reply = await route({ type: 'data:erase', confirm: 'erase-everything' }, 'page', handlers, ctx);
    expect(reply).toEqual({ ok: true, value: { removedOrigins: ['https://api.stripe.com/*', 'https://recherche-entreprises.api.gouv.fr/*'] } });
    const dump = await store.dump();
    expect([dump.clients, dump.invoices, dump.events, dump.settings, dump.templates].map((s) => s.length)).toEqual([0, 0, 0, 0, 0]);
    expect(await store.readLog()).toEqual([]);
    expect((await store.getSettings()).language).toBe('fr'); // defaults again
    expect(local.size).toBe(0);
    expect(granted()).toEqual(['https://mail.google.com/*']);
  });

  it('is refused from a webmail page and without the confirmation, and then nothing is removed', async () => {
    const { store, ctx, handlers, local, deps } = setup();
    await seed(ctx);
    expect(await route({ type: 'data:erase', confirm: 'erase-everything' }, 'webmail', handlers, ctx)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await route({ type: 'data:erase' }, 'page', handlers, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect((await store.dump()).invoices).toHaveLength(1);
    expect(local.size).toBe(2);
    expect(deps.removeOrigins).not.toHaveBeenCalled();
  });

  it('keeps the keys and the grants when the database cannot be emptied, so the user can retry', async () => {
    const { store, ctx, handlers, local, deps } = setup();
    await seed(ctx);
    vi.spyOn(store, 'eraseAll').mockRejectedValueOnce(Object.assign(new Error('disk'), { name: 'UnknownError' }));
    expect(await route({ type: 'data:erase', confirm: 'erase-everything' }, 'page', handlers, ctx)).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect((await store.dump()).invoices).toHaveLength(1);
    expect(local.size).toBe(2);
    expect(deps.removeOrigins).not.toHaveBeenCalled();
  });
});
