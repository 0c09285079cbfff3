// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SentNotice } from '../../../../utils/webmail/adapter';
import { createGmailAdapter } from '../../../../utils/webmail/gmail/adapter';
import { readGmailPage } from '../../../../utils/webmail/gmail/read-gmail-page';
import { mailbox, navigate, startGmailSim } from './gmail-sim-harness';

/** Gmail as the 2026 survey describes it (sim.js `dom=2025-11`), read by the same adapter as the older DOM. */

const THREAD = (mailbox('thread-reply') as unknown as { threads: { id: string; messages: { id: string; date: string }[] }[] }).threads[0];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openThread(undoMs = 300) {
  const sim = startGmailSim('thread-reply', { dom: '2025-11', undoMs });
  await navigate(`#inbox/${THREAD.id}`);
  const adapter = createGmailAdapter(document, window);
  const notices: SentNotice[] = [];
  const stopSends = adapter.onSent((notice) => notices.push(notice));
  return { adapter, notices, stop: () => (stopSends(), sim.stop()) };
}

function thread() {
  const state = readGmailPage(document, window);
  if (state.kind !== 'thread') throw new Error(JSON.stringify(state));
  return state.thread;
}

const sendButton = () => document.querySelector<HTMLElement>('.M9 .dC > [role=button]:not([aria-haspopup])')!;

/** Gmail's notice bar stops matching any hook we know (a future re-class): the other signals must carry the send. */
function loseNoticeHook() {
  document.querySelector('.b8[role=alert]')!.setAttribute('class', 'zQ9');
}

describe('Gmail 2025-11 DOM', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('takes the thread id from the legacy id when the perm id reads "undefined", and never an "undefined" id', async () => {
    ({ stop } = await openThread());
    expect(document.querySelector('h2.hP')!.getAttribute('data-thread-perm-id')).toBe('undefined');
    const view = thread();
    expect(view.threadId).toBe(THREAD.id);
    expect(view.url.endsWith(`#all/${THREAD.id}`)).toBe(true);
    expect(view.messages.map((m) => m.id)).not.toContain('undefined');
  });

  it('reads collapsed messages marked only by .kv (no known snippet) with sender and date, and their text once expanded', async () => {
    ({ stop } = await openThread());
    expect(document.querySelector('.iA.g6')).toBeNull();
    const first = thread().messages[0];
    expect(first.id).toBe(THREAD.messages[0].id);
    expect(first.from.email).toBe('camille.martin@atelier-martin.fr');
    expect(Date.parse(first.date)).toBe(Date.parse(THREAD.messages[0].date));
    expect(first.text).toBe('');
    document.querySelector<HTMLElement>('.kv .gE')!.click();
    expect(thread().messages[0].text).toContain('Voici la facture n° F-2026-027');
  });

  it('opens the reply from the visible bottom bar, not its hidden duplicate', async () => {
    let adapter: Awaited<ReturnType<typeof openThread>>['adapter'];
    ({ adapter, stop } = await openThread());
    const bars = document.querySelectorAll<HTMLElement>('.amn');
    expect(bars).toHaveLength(2);
    expect(bars[1].checkVisibility()).toBe(false);
    const result = await adapter.insertReminder({ threadId: THREAD.id, to: [], subject: '', body: 'Relance : facture n° F-2026-027' });
    expect(result).toMatchObject({ ok: true, verified: true });
    expect(document.querySelector('.ip .M9 [g_editable=true]')!.textContent).toContain('Relance : facture n° F-2026-027');
  });

  it('reads a reply just sent (draft id, no legacy id yet) and records the send once, after Gmail synced it', async () => {
    let adapter: Awaited<ReturnType<typeof openThread>>['adapter'];
    let notices: SentNotice[];
    ({ adapter, notices, stop } = await openThread(200));
    await adapter.insertReminder({ threadId: THREAD.id, to: [], subject: '', body: 'Relance : facture n° F-2026-027' });
    sendButton().click();
    await sleep(600);
    const justSent = document.querySelector('[data-message-id^="#msg-a:"]');
    expect(justSent).not.toBeNull();
    expect(justSent!.hasAttribute('data-legacy-message-id')).toBe(false);
    const last = thread().messages.at(-1)!;
    expect(last.id).toMatch(/^msg-a:r\d+$/);
    expect(Math.abs(Date.parse(last.date) - Date.now())).toBeLessThan(120_000);
    await sleep(2200);
    expect(notices).toHaveLength(1);
    expect(notices[0].body.startsWith('Relance : facture n° F-2026-027')).toBe(true);
  });

  it('without the notice hook, a reply is still recorded from the synced message, once', async () => {
    let adapter: Awaited<ReturnType<typeof openThread>>['adapter'];
    let notices: SentNotice[];
    ({ adapter, notices, stop } = await openThread(300));
    await adapter.insertReminder({ threadId: THREAD.id, to: [], subject: '', body: 'Relance : facture n° F-2026-027' });
    loseNoticeHook();
    sendButton().click();
    await sleep(1200);
    expect(notices).toEqual([]); // shown with its draft id only: not proof yet
    await sleep(1800);
    expect(notices).toHaveLength(1);
  });

  it('without the notice hook, an Undo is still seen: the compose comes back, nothing is recorded', async () => {
    let adapter: Awaited<ReturnType<typeof openThread>>['adapter'];
    let notices: SentNotice[];
    ({ adapter, notices, stop } = await openThread(1500));
    await adapter.insertReminder({ threadId: THREAD.id, to: [], subject: '', body: 'Relance : facture n° F-2026-027' });
    loseNoticeHook();
    sendButton().click();
    await sleep(400);
    document.querySelector<HTMLElement>('.bAo [role=link]')!.click(); // Undo, in the notice we no longer recognise
    await sleep(400);
    expect(document.querySelector('.ip .M9')).not.toBeNull();
    await sleep(2500);
    expect(notices).toEqual([]);
  });
});
