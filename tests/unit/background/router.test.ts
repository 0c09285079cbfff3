import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { route, type HandlerContext, type Handlers } from '../../../utils/background/router';
import { classifySender } from '../../../utils/background/sender';
import { openRelanceDb } from '../../../utils/store/open-db';
import { ConflictError, RelanceStore } from '../../../utils/store/relance-store';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;

function setup() {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-router-${Math.random()}`, undefined, onClose));
  const ctx: HandlerContext = { store, today: () => '2026-11-23' };
  const settingsGet = vi.fn(async () => store.getSettings());
  const handlers = { 'settings:get': settingsGet, 'settings:save': vi.fn(), 'invoice:get': vi.fn() } as unknown as Handlers;
  return { store, ctx, handlers, settingsGet };
}

describe('classifySender', () => {
  it('knows our pages, our content scripts on the webmail hosts, and refuses the rest', () => {
    expect(classifySender({ id: OWN, url: `${ORIGIN}dashboard.html`, fromTab: true }, OWN, ORIGIN)).toBe('page');
    expect(classifySender({ id: OWN, url: `${ORIGIN}options.html`, fromTab: false }, OWN, ORIGIN)).toBe('page');
    expect(classifySender({ id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox', fromTab: true }, OWN, ORIGIN)).toBe('webmail');
    expect(classifySender({ id: OWN, url: 'https://outlook.live.com/mail/0/', fromTab: true }, OWN, ORIGIN)).toBe('webmail');
    expect(classifySender({ id: OWN, url: 'https://outlook.cloud.microsoft/mail/inbox', fromTab: true }, OWN, ORIGIN)).toBe('webmail');
    expect(classifySender({ id: 'another-extension', url: `chrome-extension://another-extension/x.html`, fromTab: false }, OWN, ORIGIN)).toBe('foreign');
    expect(classifySender({ id: OWN, url: 'https://evil.example/mail.google.com', fromTab: true }, OWN, ORIGIN)).toBe('foreign');
    expect(classifySender({ id: OWN, url: 'http://mail.google.com/', fromTab: true }, OWN, ORIGIN)).toBe('foreign');
    expect(classifySender({ id: OWN, fromTab: true }, OWN, ORIGIN)).toBe('foreign');
  });
});

describe('route', () => {
  it('answers a valid call with the handler’s value', async () => {
    const { ctx, handlers, settingsGet } = setup();
    const reply = await route({ type: 'settings:get' }, 'page', handlers, ctx);
    expect(reply.ok).toBe(true);
    expect(settingsGet).toHaveBeenCalledOnce();
    expect(reply.ok && (reply.value as { language: string }).language).toBe('fr');
  });

  it('answers a malformed message with an error, runs nothing and logs it', async () => {
    const { ctx, handlers, store } = setup();
    for (const bad of [null, 'settings:get', [], { type: 'nope' }, { type: 'invoice:get' }, { type: 'invoice:get', invoiceId: 42 }, { type: '__proto__' }]) {
      const reply = await route(bad, 'page', handlers, ctx);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(handlers['invoice:get']).not.toHaveBeenCalled();
    expect((await store.readLog()).filter((l) => l.what === 'invalid-message')).toHaveLength(7);
  });

  it('refuses a foreign sender before reading the message, and logs it', async () => {
    const { ctx, handlers, store, settingsGet } = setup();
    const reply = await route({ type: 'settings:get' }, 'foreign', handlers, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(settingsGet).not.toHaveBeenCalled();
    expect((await store.readLog())[0].what).toBe('forbidden-sender');
  });

  it('refuses page-only requests (settings, backup) from a webmail content script', async () => {
    const { ctx, handlers } = setup();
    const reply = await route({ type: 'settings:save', settings: {} }, 'webmail', handlers, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['settings:save']).not.toHaveBeenCalled();
  });

  it('retries a handler that lost a write race, then reports the conflict', async () => {
    const { ctx } = setup();
    const flaky = vi.fn().mockRejectedValueOnce(new ConflictError('raced')).mockResolvedValueOnce('done');
    expect(await route({ type: 'invoice:get', invoiceId: 'x' }, 'page', { 'invoice:get': flaky } as unknown as Handlers, ctx)).toEqual({
      ok: true,
      value: 'done',
    });
    const always = vi.fn().mockRejectedValue(new ConflictError('raced'));
    expect(await route({ type: 'invoice:get', invoiceId: 'x' }, 'page', { 'invoice:get': always } as unknown as Handlers, ctx)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('turns a storage failure into a clear message', async () => {
    const { ctx } = setup();
    const quota = vi.fn().mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const reply = await route({ type: 'invoice:get', invoiceId: 'x' }, 'page', { 'invoice:get': quota } as unknown as Handlers, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(!reply.ok && reply.error.message).toMatch(/nothing was saved/);
  });
});
