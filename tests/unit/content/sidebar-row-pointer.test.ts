/**
 * Issue 17: the pointer resting on or pressing a thread's row tells the background the thread may open, once while its
 * worker is likely still awake, with nothing of the thread but its id; the webmail navigating wakes it, naming nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubAdapter } from './stub-adapter';
import { fakeWorkerPorts, forgetFakeWorkerPorts, stopFakeWorker } from './fake-worker-port';

const sent: Array<{ type: string }> = [];
vi.mock('wxt/browser', async () => ({
  browser: {
    runtime: {
      connect: (await import('./fake-worker-port')).connectFakeWorker,
      sendMessage: async (message: { type: string }) => {
        sent.push(message);
        return { ok: true, value: message.type === 'thread:soon' ? {} : [] };
      },
    },
  },
}));
const { SidebarController } = await import('../../../utils/content/sidebar-controller');

describe('a row the pointer rests on', () => {
  beforeEach(() => {
    sent.length = 0;
    forgetFakeWorkerPorts();
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('wakes the background for that thread once per 25 s, and for another thread at once', async () => {
    let pointed: (threadId: string) => void = () => undefined;
    const stop = vi.fn();
    const adapter = {
      ...stubAdapter({ kind: 'list', threadIds: ['t1', 't2'] }),
      onRowPointer: (cb: (threadId: string) => void) => {
        pointed = cb;
        return stop;
      },
    };
    const controller = new SidebarController(adapter, { load: async () => true, save: async () => undefined });
    await controller.start();
    const soon = () => sent.filter((m) => m.type === 'thread:soon');
    pointed('t1');
    pointed('t1');
    expect(soon()).toEqual([{ type: 'thread:soon', webmail: 'gmail', threadId: 't1' }]);
    pointed('t2');
    pointed('t1');
    expect(soon().map((m) => (m as { threadId?: string }).threadId)).toEqual(['t1', 't2', 't1']);
    vi.advanceTimersByTime(10_000);
    pointed('t1');
    expect(soon()).toHaveLength(3);
    vi.advanceTimersByTime(25_000);
    pointed('t1');
    expect(soon()).toHaveLength(4);
    controller.stop();
    expect(stop).toHaveBeenCalled();
  });

  it('wakes the background as the webmail navigates, naming no thread, once per 25 s since it was last told anything', async () => {
    const { controller, navigated, pointed, soon } = await startedOnList();
    navigated();
    navigated();
    expect(soon()).toEqual([{ type: 'thread:soon', webmail: 'gmail' }]);
    vi.advanceTimersByTime(20_000);
    // A row pressed names its thread even though the worker was just woken; a navigation right after adds nothing.
    pointed('t1');
    navigated();
    expect(soon()).toEqual([
      { type: 'thread:soon', webmail: 'gmail' },
      { type: 'thread:soon', webmail: 'gmail', threadId: 't1' },
    ]);
    vi.advanceTimersByTime(25_000);
    navigated();
    expect(soon()).toHaveLength(3);
    controller.stop();
  });

  it('wakes a worker stopped since it was told at once: what it was told went with it', async () => {
    const { controller, navigated, soon } = await startedOnList();
    navigated();
    await vi.waitFor(() => expect(fakeWorkerPorts()).toEqual([['relance:worker-presence', true]]));
    navigated();
    expect(soon()).toHaveLength(1);
    stopFakeWorker();
    navigated();
    expect(soon()).toHaveLength(2);
    controller.stop();
  });
});

/** A sidebar started on the list, the webmail's navigation and the pointer on its rows driven by the test. */
async function startedOnList() {
  const driven: { navigated: () => void; pointed: (threadId: string) => void } = { navigated: () => undefined, pointed: () => undefined };
  const adapter = {
    ...stubAdapter({ kind: 'list', threadIds: ['t1'] }),
    onRowPointer: (cb: (threadId: string) => void) => {
      driven.pointed = cb;
      return () => undefined;
    },
    onNavigate: (cb: () => void) => {
      driven.navigated = cb;
      return () => undefined;
    },
  };
  const controller = new SidebarController(adapter, { load: async () => true, save: async () => undefined });
  await controller.start();
  return {
    controller,
    navigated: () => driven.navigated(),
    pointed: (threadId: string) => driven.pointed(threadId),
    soon: () => sent.filter((m) => m.type === 'thread:soon'),
  };
}
