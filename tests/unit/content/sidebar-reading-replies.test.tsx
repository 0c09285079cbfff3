// @vitest-environment happy-dom
/**
 * Issue 17: the first view of a thread shows the invoice it starts tracking before the replies about it are read (a
 * woken worker reads 25 replies in ~130 ms), its actions held, and asks again at once for the view with them.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { threadUpdate, threadView } from '../../../utils/background/handlers/thread';
import type { RequestOf } from '../../../utils/messages';
import type { PageState } from '../../../utils/webmail/adapter';
import { demoContext, demoThread } from '../background/demo-mailbox';
import { stubAdapter } from './stub-adapter';

const STRINGS = { sb_title: 'Relance', sb_reading_replies: 'Lecture des réponses du fil…', sb_insert: 'Insérer la relance', sb_replies: 'Réponses' };
const ctx = demoContext();
const asked: string[] = [];
let releaseSecondAsk: () => void = () => undefined;
const secondAsk = new Promise<void>((resolve) => (releaseSecondAsk = resolve));
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      connect: (await import('./fake-worker-port')).connectFakeWorker,
      // The real background handlers over an in-memory database; the tab's second ask waits for the test.
      sendMessage: async (message: { type: string }) => {
        asked.push(message.type);
        if (message.type === 'i18n:catalog') return { ok: true, value: { language: 'fr', strings: STRINGS } };
        if (message.type === 'thread:view') return { ok: true, value: await threadView(message as RequestOf<'thread:view'> & { type: 'thread:view' }, ctx) };
        if (message.type === 'thread:update') {
          await secondAsk;
          return { ok: true, value: await threadUpdate(message as RequestOf<'thread:update'> & { type: 'thread:update' }, ctx) };
        }
        return { ok: true, value: message.type === 'round:get' ? undefined : [] };
      },
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');
const { SidebarApp } = await import('../../../components/sidebar/SidebarApp');

describe('a thread whose invoice the view starts tracking', () => {
  it('shows the invoice card alone, its actions held, while the replies are read, then the replies, the actions and the rest', async () => {
    const page: PageState = { kind: 'thread', thread: demoThread('Facture F-2026-027') };
    const controller = new SidebarController(stubAdapter(page), { load: async () => true, save: async () => undefined });
    const container = document.createElement('div');
    document.body.append(container);
    render(<SidebarApp controller={controller} webmailName="Gmail" />, container);
    void controller.start();

    await vi.waitFor(() => expect(container.textContent).toContain('F-2026-027'));
    expect(container.textContent).toContain(STRINGS.sb_reading_replies);
    const insert = () => [...container.querySelectorAll('button')].find((b) => b.textContent === STRINGS.sb_insert);
    expect(insert()?.disabled).toBe(true);
    expect(container.querySelector('ul.replies')).toBeNull();
    // The card alone: the timeline, the law's figures, the forms and the exports wait for the replies.
    expect(container.querySelectorAll('.invoice > *')).toHaveLength(1);
    expect(container.querySelector('ol.timeline')).toBeNull();
    await vi.waitFor(() => expect(asked).toContain('thread:update'));

    releaseSecondAsk();
    await vi.waitFor(() => expect(container.querySelectorAll('ul.replies li')).toHaveLength(1));
    expect(container.textContent).not.toContain(STRINGS.sb_reading_replies);
    expect(insert()?.disabled).toBe(false);
    expect(container.querySelector('ol.timeline')).not.toBeNull();
    expect(container.querySelectorAll('.invoice > *').length).toBeGreaterThan(5);
  });
});
