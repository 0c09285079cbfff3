/**
 * The sidebar against a real background (router, handlers, fake IndexedDB) behind a browser messaging layer that
 * fails the way MV3 fails: a worker still starting, a worker stopped after writing but before answering, storage full,
 * and the user switching threads while a reminder renders.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../../utils/background/handlers';
import { route, type HandlerContext } from '../../../utils/background/router';
import type { InvoiceView } from '../../../utils/model/view';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import type { InsertResult, PageState, ThreadView, WebmailAdapter } from '../../../utils/webmail/adapter';

type Fault = 'none' | 'not-started' | 'stopped-after-write' | 'disk-full';
const NOT_STARTED = 'Could not establish connection. Receiving end does not exist.';
const CHANNEL_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

const link = vi.hoisted(() => ({ deliver: (_message: unknown): Promise<unknown> => Promise.reject(new Error('not set up')), sent: 0 }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: (message: unknown) => {
        link.sent++;
        return link.deliver(message);
      },
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');

const TODAY = '2026-11-23';
let ctx: HandlerContext;
let fault: Fault;
let faultsLeft: number;

/** The background as the browser delivers to it, with the fault of the moment applied once per message. */
async function deliver(message: unknown): Promise<unknown> {
  const type = (message as { type: string }).type;
  const failing = faultsLeft > 0 && type !== 'i18n:catalog';
  if (failing && fault === 'not-started') {
    faultsLeft--;
    throw new Error(NOT_STARTED);
  }
  if (failing && fault === 'disk-full' && type === 'event:add') {
    faultsLeft--;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      return await route(message, 'webmail', handlers, ctx);
    } finally {
      spy.mockRestore();
    }
  }
  const reply = await route(message, 'webmail', handlers, ctx);
  if (failing && fault === 'stopped-after-write' && type === 'event:add') {
    faultsLeft--;
    throw new Error(CHANNEL_CLOSED);
  }
  return reply;
}

function thread(threadId: string): ThreadView {
  return {
    threadId,
    subject: 'Projet',
    url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
    account: 'camille@atelier.fr',
    messages: [
      {
        id: `m-${threadId}`,
        threadId,
        subject: 'Projet',
        from: { email: 'camille@atelier.fr' },
        to: [{ email: 'marie@atelier-dupont.fr' }],
        date: '2026-11-15T10:00:00+01:00',
        text: 'Bonjour Marie,',
        attachments: [],
      },
    ],
  } as ThreadView;
}

/** A webmail whose open thread the test changes, and which records what would be inserted. */
function fakeWebmail(threadId: string) {
  let page: PageState = { kind: 'thread', thread: thread(threadId) };
  let onChange: (state: PageState) => void = () => undefined;
  const insertReminder = vi.fn(async (): Promise<InsertResult> => ({ ok: true, verified: true, composeId: 'c1' }));
  const adapter: WebmailAdapter = {
    webmail: 'gmail',
    read: () => page,
    observe: (cb) => {
      onChange = cb;
      return () => undefined;
    },
    insertReminder,
    onSent: () => () => undefined,
    setListChips: () => undefined,
    openThread: () => undefined,
    diagnose: () => '',
  };
  const open = (id: string) => {
    page = { kind: 'thread', thread: thread(id) };
    onChange(page);
  };
  return { adapter, insertReminder, open };
}

async function trackedOn(threadId: string): Promise<InvoiceView> {
  const reply = await route(
    {
      type: 'invoice:track',
      webmail: 'gmail',
      threadId,
      fields: {
        number: 'F-2026-014',
        amountDue: { minor: 300_000, currency: 'EUR' },
        issueDate: '2026-09-15',
        dueDate: '2026-10-15',
        debtor: { name: 'Marie Dupont', email: 'marie@atelier-dupont.fr' },
        debtorKind: 'business',
      },
    },
    'page',
    handlers,
    ctx,
  );
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as InvoiceView;
}

async function startedSidebar(threadId = 't1') {
  const webmail = fakeWebmail(threadId);
  const sidebar = new SidebarController(webmail.adapter, { load: async () => true, save: async () => undefined });
  await sidebar.start();
  return { sidebar, ...webmail };
}

const notes = async (invoiceId: string) => (await ctx.store.timeline(invoiceId)).filter((e) => e.kind === 'note').map((e) => e.data.text);

beforeEach(() => {
  ctx = { store: new RelanceStore((onClose) => openRelanceDb(`relance-sidebar-faults-${Math.random()}`, undefined, onClose)), today: () => TODAY };
  fault = 'none';
  faultsLeft = 0;
  link.sent = 0;
  link.deliver = deliver;
});
afterEach(() => vi.restoreAllMocks());

describe('the sidebar when the service worker is stopped', () => {
  it('a write sent while the worker is still starting is retried until delivered, and stored once', async () => {
    const { invoice } = await trackedOn('t1');
    const { sidebar } = await startedSidebar();
    fault = 'not-started';
    faultsLeft = 2;
    const before = link.sent;
    expect(await sidebar.addEvent(invoice.id, { kind: 'note', occurredOn: TODAY, data: { text: 'Appel du client' } })).toBe(true);
    expect(link.sent - before).toBe(3);
    expect(await notes(invoice.id)).toEqual(['Appel du client']);
    expect(sidebar.state.thread?.tracked[0].timeline.at(-1)?.kind).toBe('note');
    expect(sidebar.state.notice).toBeUndefined();
  });

  it('a write whose answer was lost when the worker stopped is never sent again (no duplicate), and the user is told', async () => {
    const { invoice } = await trackedOn('t1');
    const { sidebar } = await startedSidebar();
    fault = 'stopped-after-write';
    faultsLeft = 1;
    const before = link.sent;
    expect(await sidebar.addEvent(invoice.id, { kind: 'note', occurredOn: TODAY, data: { text: 'Relance téléphonique' } })).toBe(false);
    expect(link.sent - before).toBe(1);
    expect(sidebar.state.notice).toMatchObject({ key: 'sb_error', tone: 'error' });
    expect(await notes(invoice.id)).toEqual(['Relance téléphonique']);
    // Reading the thread again (what the next page change does) shows the stored truth.
    sidebar.retry();
    await vi.waitFor(() => expect(sidebar.state.thread?.tracked[0].timeline.filter((e) => e.kind === 'note')).toHaveLength(1));
  });
});

describe('the sidebar when storage is full', () => {
  it('reports a storage error, saves nothing, keeps the form (returns false), and a retry once space is back saves and clears the error', async () => {
    const { invoice } = await trackedOn('t1');
    const { sidebar } = await startedSidebar();
    fault = 'disk-full';
    faultsLeft = 1;
    const event = { kind: 'payment' as const, occurredOn: TODAY, data: { amount: { minor: 40_000, currency: 'EUR' }, receivedOn: TODAY } };
    expect(await sidebar.addEvent(invoice.id, event)).toBe(false);
    expect(sidebar.state.notice).toMatchObject({
      key: 'sb_error',
      tone: 'error',
      args: [expect.stringMatching(/^Le stockage local est plein ou indisponible : rien n'a été enregistré/)],
    });
    expect((await ctx.store.getInvoice(invoice.id))!.amountDue.minor).toBe(300_000);
    expect(await ctx.store.timeline(invoice.id)).toHaveLength(1);

    expect(await sidebar.addEvent(invoice.id, event)).toBe(true);
    expect(sidebar.state.notice).toBeUndefined();
    expect(sidebar.state.thread?.tracked[0].invoice.amountDue.minor).toBe(260_000);
    expect((await ctx.store.timeline(invoice.id)).map((e) => e.kind)).toEqual(['invoice-tracked', 'payment']);
  });
});

describe('the page changing under the sidebar', () => {
  it('never inserts a reminder once the user opened another thread during its rendering', async () => {
    const { invoice } = await trackedOn('t1');
    const { sidebar, insertReminder, open } = await startedSidebar('t1');
    expect(sidebar.state.thread?.tracked[0].invoice.id).toBe(invoice.id);
    // The user opens another thread while the background renders the reminder.
    link.deliver = async (message) => {
      if ((message as { type: string }).type === 'reminder:render') open('t2');
      return deliver(message);
    };
    await sidebar.insertReminder(invoice.id);
    expect(insertReminder).not.toHaveBeenCalled();
    expect(sidebar.state.notice).toMatchObject({
      key: 'sb_insert_failed',
      args: ["Le fil a changé pendant l'insertion : rien n'a été inséré."],
      tone: 'error',
    });
    expect((await ctx.store.timeline(invoice.id)).map((e) => e.kind)).toEqual(['invoice-tracked']);
  });
});
