// @vitest-environment happy-dom
/**
 * Issue 17: a thread opened again shows, at once, what the background answered on the last visit, marked as being
 * updated and not to be acted on, until the background (a worker Chrome may have stopped) answers afresh.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { ThreadState } from '../../../utils/model/view';
import type { PageState } from '../../../utils/webmail/adapter';
import { stubAdapter } from './stub-adapter';

const STRINGS = { sb_title: 'Relance', sb_updating: 'Affiché tel que lors de votre dernière visite, mise à jour…', sb_loading: 'Lecture du fil…' };
let answerThread: (state: ThreadState) => void = () => undefined;
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      connect: (await import('./fake-worker-port')).connectFakeWorker,
      sendMessage: async (message: { type: string }) => {
        if (message.type === 'i18n:catalog') return { ok: true, value: { language: 'fr', strings: STRINGS } };
        if (message.type === 'thread:view') return new Promise((resolve) => (answerThread = (value) => resolve({ ok: true, value })));
        return { ok: true, value: undefined };
      },
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');
const { SidebarApp } = await import('../../../components/sidebar/SidebarApp');

/** A thread state whose detected invoice is `number` (the sidebar shows it in the tracking form). */
const stateWith = (number: string): ThreadState => ({ tracked: [], today: [], candidate: { number, confidence: 1, messageId: 'm1', fromEInvoice: false } });

const page: PageState = {
  kind: 'thread',
  thread: { threadId: 't1', subject: 'Facture F-1', url: 'https://mail.google.com/mail/u/0/#inbox/t1', messages: [] },
};
const adapter = stubAdapter(page);

async function mounted(kept: ThreadState | undefined) {
  const controller = new SidebarController(adapter, { load: async () => true, save: async () => undefined, shownThread: async () => kept });
  const container = document.createElement('div');
  document.body.append(container);
  render(<SidebarApp controller={controller} webmailName="Gmail" />, container);
  void controller.start();
  return { controller, container };
}

describe('a thread opened again while the background answers', () => {
  it('shows the kept answer as being updated, inert, then the fresh answer', async () => {
    const { controller, container } = await mounted(stateWith('F-KEPT'));
    await vi.waitFor(() => expect(container.textContent).toContain(STRINGS.sb_updating));
    const view = container.querySelector('.thread-view') as HTMLElement;
    expect(view.hasAttribute('inert')).toBe(true);
    expect(view.getAttribute('aria-busy')).toBe('true');
    expect((container.querySelector('input') as HTMLInputElement | null)?.value ?? container.textContent).toContain('F-KEPT');
    answerThread(stateWith('F-FRESH'));
    await vi.waitFor(() => expect(controller.state.fromKept).toBe(false));
    await vi.waitFor(() => expect(container.textContent).not.toContain(STRINGS.sb_updating));
    expect((container.querySelector('.thread-view') as HTMLElement).hasAttribute('inert')).toBe(false);
    expect(controller.state.thread?.candidate?.number).toBe('F-FRESH');
  });

  it('shows nothing kept when there is none, and never puts a kept answer over the fresh one', async () => {
    const none = await mounted(undefined);
    await vi.waitFor(() => expect(none.container.textContent).toContain(STRINGS.sb_loading));
    answerThread(stateWith('F-FRESH'));
    await vi.waitFor(() => expect(none.controller.state.thread?.candidate?.number).toBe('F-FRESH'));

    // The kept answer comes back after the fresh one (a slow storage read): the fresh one stays.
    let release: (s: ThreadState) => void = () => undefined;
    const slow = new SidebarController(adapter, {
      load: async () => true,
      save: async () => undefined,
      shownThread: () => new Promise<ThreadState>((resolve) => (release = resolve)),
    });
    void slow.start();
    await vi.waitFor(() => expect(slow.state.page).toBe('thread'));
    answerThread(stateWith('F-FRESH'));
    await vi.waitFor(() => expect(slow.state.thread?.candidate?.number).toBe('F-FRESH'));
    release(stateWith('F-KEPT'));
    await new Promise((r) => setTimeout(r, 10));
    expect(slow.state.thread?.candidate?.number).toBe('F-FRESH');
    expect(slow.state.fromKept).toBe(false);
  });
});
