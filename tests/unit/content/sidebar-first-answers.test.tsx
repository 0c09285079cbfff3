// @vitest-environment happy-dom
/**
 * Issue 25: in Firefox the background answers the sidebar's first requests (its strings, the open thread) before
 * Preact runs the component's effects, which wait for a painted frame. The sidebar must still show those answers.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../utils/webmail/adapter';
import { stubAdapter } from './stub-adapter';

const STRINGS = { sb_title: 'Relance', sb_close: 'Réduire Relance', sb_loading: 'Lecture du fil…' };
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      connect: (await import('./fake-worker-port')).connectFakeWorker,
      // An answer in the same task, as Firefox's in-process messaging can give it.
      sendMessage: async (message: { type: string }) => ({ ok: true, value: message.type === 'i18n:catalog' ? { language: 'fr', strings: STRINGS } : [] }),
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');
const { SidebarApp } = await import('../../../components/sidebar/SidebarApp');

const page: PageState = { kind: 'other' };
const adapter = stubAdapter(page);

describe('the sidebar and its controller’s first answers', () => {
  it('shows the strings and state the controller received before the component subscribed', async () => {
    const controller = new SidebarController(adapter, { load: async () => true, save: async () => undefined });
    const container = document.createElement('div');
    document.body.append(container);
    render(<SidebarApp controller={controller} webmailName="Gmail" />, container);
    await controller.start();
    expect(Object.keys(controller.state.strings)).toHaveLength(3);
    await vi.waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Relance'));
    expect(container.querySelector('.head')?.textContent).toBe('Relance›Réduire Relance');
  });
});
