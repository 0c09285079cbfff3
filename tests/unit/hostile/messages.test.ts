/**
 * Messages from outside: a web page, another extension, a content script sending a forged shape or a page-only
 * request. All refused and logged locally; no handler runs.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { route, type HandlerContext, type Handlers } from '../../../utils/background/router';
import { classifySender } from '../../../utils/background/sender';
import { MESSAGES, type RequestType } from '../../../utils/messages';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;

function setup() {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-messages-${Math.random()}`, undefined, onClose));
  const ctx: HandlerContext = { store, today: () => '2026-11-23' };
  const spy = vi.fn(async () => ({}));
  const handlers = Object.fromEntries(Object.keys(MESSAGES).map((type) => [type, spy])) as unknown as Handlers;
  return { store, ctx, handlers, spy };
}

describe('messages from outside', () => {
  it('no content-side code listens to window messages: a web page has no channel into Relance', () => {
    const offenders: string[] = [];
    const dirs = ['entrypoints', 'utils/content', 'utils/webmail', 'components'];
    for (const dir of dirs) {
      for (const file of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|tsx)$/.test(file) || file.startsWith('background')) continue;
        const source = readFileSync(path.join(ROOT, dir, file), 'utf8');
        if (/addEventListener\(\s*['"]message['"]|\bonmessage\s*=|onMessageExternal|onConnectExternal/.test(source)) offenders.push(`${dir}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('a web page, another extension, or a look-alike host is a foreign sender', () => {
    expect(classifySender({ id: 'other-extension', url: 'chrome-extension://other-extension/popup.html', fromTab: false }, OWN, ORIGIN)).toBe('foreign');
    expect(classifySender({ id: OWN, url: 'https://mail.google.com.attacker.example/', fromTab: true }, OWN, ORIGIN)).toBe('foreign');
    expect(classifySender({ id: OWN, url: 'https://attacker.example/#https://mail.google.com/', fromTab: true }, OWN, ORIGIN)).toBe('foreign');
    expect(classifySender({ id: OWN, url: `${ORIGIN}dashboard.html`, fromTab: true }, OWN, ORIGIN)).toBe('page');
  });

  it('every request from a foreign sender is refused and logged, whatever its shape', async () => {
    const { ctx, handlers, spy, store } = setup();
    for (const type of Object.keys(MESSAGES)) {
      expect(await route({ type }, 'foreign', handlers, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(spy).not.toHaveBeenCalled();
    // One entry counting them all: a foreign flood cannot push the rest of the log out.
    expect((await store.readLog()).filter((entry) => entry.what === 'forbidden-sender')).toMatchObject([{ count: Object.keys(MESSAGES).length }]);
  });

  it("a flood from another extension keeps the log's earlier entries", async () => {
    const { ctx, handlers, store } = setup();
    await route({ type: 'nope' }, 'webmail', handlers, ctx);
    for (let i = 0; i < 1_200; i++) await route({ type: 'settings:get', i }, 'foreign', handlers, ctx);
    const log = await store.readLog();
    expect(log.map((entry) => [entry.what, entry.count])).toEqual([
      ['invalid-message', undefined],
      ['forbidden-sender', 1_200],
    ]);
  });

  it('a content script may send only the allow-listed requests: never restore, settings, imports, nor reads of settings, clients, invoices or templates', async () => {
    const { ctx, handlers, spy, store } = setup();
    const wellFormed: Partial<Record<RequestType, Record<string, unknown>>> = {
      'backup:restore-begin': { progressId: 'p1', size: 2 },
      'backup:restore-piece': { progressId: 'p1', index: 0, text: '{}' },
      'backup:restore-end': { progressId: 'p1' },
      'settings:save': { settings: {} },
      'import:csv-commit': { text: 'a', fileName: 'x.csv', mapping: {} },
    };
    const pageOnly = (Object.keys(MESSAGES) as RequestType[]).filter((type) => MESSAGES[type].from === 'page');
    expect(pageOnly).toEqual(
      expect.arrayContaining([
        'settings:get',
        'invoice:list',
        'clients:list',
        'templates:get',
        'backup:restore-begin',
        'backup:restore-piece',
        'backup:restore-end',
        'settings:save',
      ]),
    );
    for (const type of pageOnly) {
      const reply = await route({ type, ...(wellFormed[type] ?? {}) }, 'webmail', handlers, ctx);
      expect(reply.ok, type).toBe(false);
    }
    expect(spy).not.toHaveBeenCalled();
    expect((await store.readLog()).length).toBeGreaterThanOrEqual(pageOnly.length);
  });

  it('forged shapes from a content script are refused before any handler runs, and logged', async () => {
    const { ctx, handlers, spy, store } = setup();
    const forged = [
      { type: 'invoice:get', invoiceId: { $ne: null } },
      { type: 'event:add', invoiceId: 'i1', kind: 'export', occurredOn: '2026-11-23', data: {} },
      { type: 'reminder:sent', invoiceId: 'i1', templateId: 'x', to: 'everyone', cc: [], subject: 's', body: 'b' },
      { type: 'thread:view', webmail: 'yahoo', thread: {} },
      { type: 'hasOwnProperty' },
      { type: 'constructor' },
    ];
    for (const message of forged) expect(await route(message, 'webmail', handlers, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(spy).not.toHaveBeenCalled();
    // Well formed once its own "__proto__" key is dropped: it may run, and the handler sees no such key.
    await route(JSON.parse('{"type":"invoice:list","__proto__":{"isAdmin":true}}'), 'webmail', handlers, ctx);
    for (const [request] of spy.mock.calls as unknown as Array<[object]>) expect(Object.keys(request)).toEqual(['type']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((await store.readLog()).filter((entry) => entry.what === 'invalid-message').length).toBeGreaterThanOrEqual(5);
  });
});
