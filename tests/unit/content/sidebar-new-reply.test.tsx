// @vitest-environment happy-dom
/**
 * Issue 17: a reply arriving in the open thread changes the sidebar's lists of replies and events, nothing else: the
 * card, the law, the forms and the exports are not rendered again (the answer leaves them the same objects).
 */
import 'fake-indexeddb/auto';
import { options, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { threadUpdate, threadView } from '../../../utils/background/handlers/thread';
import type { RequestOf } from '../../../utils/messages';
import { demoContext, demoThread } from '../background/demo-mailbox';
import { changingAdapter } from './stub-adapter';

const ctx = demoContext();
const answered: string[] = [];
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      connect: (await import('./fake-worker-port')).connectFakeWorker,
      // The real background handlers over an in-memory database.
      sendMessage: async (message: { type: string }) => {
        if (message.type === 'i18n:catalog') return { ok: true, value: { language: 'fr', strings: {} } };
        if (message.type === 'thread:view') return { ok: true, value: await threadView(message as RequestOf<'thread:view'> & { type: 'thread:view' }, ctx) };
        if (message.type === 'thread:update') {
          const value = await threadUpdate(message as RequestOf<'thread:update'> & { type: 'thread:update' }, ctx);
          answered.push('state' in value ? (value.timelinesAfter ? 'tails' : 'state') : Object.keys(value)[0]);
          return { ok: true, value };
        }
        return { ok: true, value: message.type === 'round:get' ? undefined : [] };
      },
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');
const { SidebarApp } = await import('../../../components/sidebar/SidebarApp');

describe('a reply arriving in the open thread', () => {
  it('adds it to the replies and the timeline and leaves the rest of the sidebar untouched', async () => {
    const demo = demoThread('Facture F-2026-027');
    const { adapter, change } = changingAdapter({ kind: 'thread', thread: demo });
    const controller = new SidebarController(adapter, { load: async () => true, save: async () => undefined });
    const container = document.createElement('div');
    document.body.append(container);
    render(<SidebarApp controller={controller} webmailName="Gmail" />, container);
    void controller.start();
    await vi.waitFor(() => expect(container.querySelectorAll('ul.replies li')).toHaveLength(1));
    await vi.waitFor(() => expect(container.querySelector('[aria-busy]')).toBeNull());
    const events = container.querySelectorAll('ol.timeline li').length;

    const rendered = new Set<string>();
    const diffed = options.diffed;
    options.diffed = (vnode) => {
      if (typeof vnode.type === 'function') rendered.add(vnode.type.name);
      diffed?.(vnode);
    };
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    const reply = demo.messages.find((m) => m.from.email !== demo.account)!;
    change({ kind: 'thread', thread: { ...demo, messages: [...demo.messages, { ...reply, id: `${reply.id}-again`, date: reply.date }] } });

    await vi.waitFor(() => expect(container.querySelectorAll('ul.replies li')).toHaveLength(2));
    await vi.waitFor(() => expect(container.querySelectorAll('ol.timeline li').length).toBeGreaterThan(events));
    observer.disconnect();
    options.diffed = diffed;
    expect(rendered).toContain('ReplyList');
    expect(rendered).toContain('TimelineList');
    for (const part of ['InvoiceCard', 'OwedAmounts', 'LegalNotes', 'PaymentPlanCard', 'AddEventForm', 'ExportButtons']) expect(rendered).not.toContain(part);
    records.push(...observer.takeRecords());
    expect(answered).toContain('tails');
    const where = new Set(
      records.map(
        (r) => (r.target as Element).closest?.('ul.replies, ol.timeline, section') ?? r.target.parentElement?.closest('ul.replies, ol.timeline, section'),
      ),
    );
    for (const target of where)
      expect(target?.matches('ul.replies, ol.timeline, section[aria-labelledby="relance-timeline"], section[aria-labelledby="relance-replies"]')).toBe(true);
  });
});
