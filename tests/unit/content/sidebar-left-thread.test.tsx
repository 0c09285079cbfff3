// @vitest-environment happy-dom
/**
 * The user opens a thread and goes back to the inbox before the background answered (a woken worker takes some
 * 150 ms): the answer that comes then is the thread's, not the inbox's, and must not show on the inbox, nor must its
 * failure. Seen as a flaky browser test (stop 39): the late answer of a thread left for the inbox.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { threadView } from '../../../utils/background/handlers/thread';
import { demoContext, demoThread } from '../background/demo-mailbox';
import type { PageState } from '../../../utils/webmail/adapter';
import { changingAdapter } from './stub-adapter';

const STRINGS = { sb_title: 'Relance', sb_error: 'Erreur : {0}', sb_today_empty: 'Rien à relancer aujourd’hui.' };
const demo = demoThread('Facture F-2026-027');
const answer = await threadView({ type: 'thread:view', webmail: 'gmail', thread: demo, token: 'x' }, demoContext());

// Each thread:view waits for the test to answer it.
const views: Array<(reply: unknown) => void> = [];
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      connect: (await import('./fake-worker-port')).connectFakeWorker,
      sendMessage: async (message: { type: string }) => {
        if (message.type === 'i18n:catalog') return { ok: true, value: { language: 'fr', strings: STRINGS } };
        if (message.type === 'thread:view') return new Promise((resolve) => views.push(resolve));
        return { ok: true, value: message.type === 'round:get' ? undefined : [] };
      },
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');
const { SidebarApp } = await import('../../../components/sidebar/SidebarApp');

const thread: PageState = { kind: 'thread', thread: demo };
const inbox: PageState = { kind: 'list', threadIds: [] };

type Local = ConstructorParameters<typeof SidebarController>[1];

/** The sidebar on the thread, its view asked and not yet answered. */
async function openedOnTheThread(local: Local = { load: async () => true, save: async () => undefined }) {
  views.length = 0;
  const { adapter, change } = changingAdapter(thread);
  const controller = new SidebarController(adapter, local);
  const container = document.createElement('div');
  document.body.append(container);
  render(<SidebarApp controller={controller} webmailName="Gmail" />, container);
  void controller.start();
  await vi.waitFor(() => expect(views).toHaveLength(1));
  return { container, change };
}

async function leftForTheInbox(): Promise<{ container: HTMLElement; answerTheThread(reply: unknown): Promise<void> }> {
  const { container, change } = await openedOnTheThread();
  change(inbox);
  await vi.waitFor(() => expect(container.querySelector('.thread-view')).not.toBeNull());
  return {
    container,
    answerTheThread: async (reply) => {
      views[0](reply);
      await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

describe('a thread left for the inbox before the background answered it', () => {
  it("does not show the thread's invoice on the inbox when its answer comes", async () => {
    const { container, answerTheThread } = await leftForTheInbox();
    await answerTheThread({ ok: true, value: answer });
    expect(container.textContent).not.toContain('F-2026-027');
  });

  it("does not show the thread's failure on the inbox", async () => {
    const { container, answerTheThread } = await leftForTheInbox();
    await answerTheThread({ ok: false, error: { code: 'storage', message: 'Storage failed (UnknownError): nothing was saved.' } });
    expect(container.querySelector('[role=alert]')).toBeNull();
    expect(container.querySelector('.thread-view')).not.toBeNull();
  });

  it("another thread opened after one that failed shows that thread's kept answer, not the failure", async () => {
    const other = demoThread('Facture F-2026-027');
    const { container, change } = await openedOnTheThread({
      load: async () => true,
      save: async () => undefined,
      shownThread: async (threadId) => (threadId === 'kept-thread' ? answer : undefined),
    });
    views[0]({ ok: false, error: { code: 'storage', message: 'Storage failed (UnknownError): nothing was saved.' } });
    await vi.waitFor(() => expect(container.querySelector('[role=alert]')).not.toBeNull());
    change({ kind: 'thread', thread: { ...other, threadId: 'kept-thread' } });
    await vi.waitFor(() => expect(container.querySelector('.thread-view[aria-busy="true"]')?.textContent).toContain('F-2026-027'));
    expect(container.querySelector('[role=alert]')).toBeNull();
  });
});
