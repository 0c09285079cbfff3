// @vitest-environment happy-dom
/**
 * Issue 17, seen in a clean-clone CI run: a first view showed its invoice while its replies were read; the sidebar's
 * second ask (the replies) was answered after the page had changed again, so that answer was dropped. The background
 * counted it as shown and answered the newer read "unchanged": the card stayed on "Lecture des réponses du fil…".
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { threadUpdate, threadView } from '../../../utils/background/handlers/thread';
import type { ThreadState } from '../../../utils/model/view';
import { demoContext, demoThread } from '../background/demo-mailbox';
import type { PageState } from '../../../utils/webmail/adapter';
import { changingAdapter } from './stub-adapter';

const STRINGS = { sb_title: 'Relance', sb_reading_replies: 'Lecture des réponses du fil…', sb_replies: 'Réponses' };
// The real background's answers for the demo thread: the invoice as the view starts tracking it, then with its replies.
const demo = demoThread('Facture F-2026-027');
const ctx = demoContext();
const reading = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demo, token: 'x', progressive: true }, ctx);
const { messages, ...about } = demo;
const settled = await threadUpdate({ type: 'thread:update', webmail: 'gmail', token: 'x', thread: about, ids: messages.map((m) => m.id), changed: [] }, ctx);
const read = 'state' in settled ? settled.state : undefined;
const state = (replies: boolean): ThreadState => (replies ? read! : reading);

// Each thread:update waits for the test to answer it, in the order the test chooses.
const updates: Array<(value: unknown) => void> = [];
const asked: string[] = [];
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      connect: (await import('./fake-worker-port')).connectFakeWorker,
      sendMessage: async (message: { type: string }) => {
        asked.push(message.type);
        if (message.type === 'i18n:catalog') return { ok: true, value: { language: 'fr', strings: STRINGS } };
        if (message.type === 'thread:view') return { ok: true, value: asked.filter((t) => t === 'thread:view').length === 1 ? state(false) : state(true) };
        if (message.type === 'thread:update') return new Promise((resolve) => updates.push((value) => resolve({ ok: true, value })));
        return { ok: true, value: message.type === 'round:get' ? undefined : [] };
      },
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');
const { SidebarApp } = await import('../../../components/sidebar/SidebarApp');

const page = (count: number): PageState => ({ kind: 'thread', thread: { ...demo, messages: messages.slice(0, count) } });

describe('an answer dropped because the page changed meanwhile', () => {
  it('does not leave the sidebar on it: the newer read answered "unchanged" asks for the whole answer', async () => {
    const { adapter, change } = changingAdapter(page(messages.length - 1));
    const controller = new SidebarController(adapter, { load: async () => true, save: async () => undefined });
    const container = document.createElement('div');
    document.body.append(container);
    render(<SidebarApp controller={controller} webmailName="Gmail" />, container);
    void controller.start();

    await vi.waitFor(() => expect(container.textContent).toContain(STRINGS.sb_reading_replies));
    await vi.waitFor(() => expect(updates).toHaveLength(1));
    // A message expanded while the replies are read: a newer read of the page goes out.
    change(page(messages.length));
    await vi.waitFor(() => expect(updates).toHaveLength(2));
    // The replies' answer comes first and is dropped; the background then answers the newer read "unchanged".
    updates[0]({ state: state(true) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    updates[1]({ unchanged: true });

    await vi.waitFor(() => expect(container.textContent).not.toContain(STRINGS.sb_reading_replies));
    expect(container.textContent).toContain('F-2026-027');
    expect(asked.filter((t) => t === 'thread:view')).toHaveLength(2);
  });
});
