// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SentNotice } from '../../../../utils/webmail/adapter';
import { createGmailAdapter } from '../../../../utils/webmail/gmail/adapter';
import { mailbox, navigate, startGmailSim } from './gmail-sim-harness';

const THREAD = mailbox('thread-reply').threads[0].id;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openThread() {
  startGmailSim('thread-reply', { undoMs: 200 });
  await navigate(`#inbox/${THREAD}`);
  const adapter = createGmailAdapter(document, window);
  const notices: SentNotice[] = [];
  const stop = adapter.onSent((notice) => notices.push(notice));
  return { adapter, notices, stop };
}

function editor(): HTMLElement {
  return document.querySelector<HTMLElement>('.M9 [g_editable=true]')!;
}

describe('Gmail sends', () => {
  let stopSim = () => {};
  afterEach(() => stopSim());

  it('records a send made with Ctrl+Enter, with the text as the user left it', async () => {
    const { adapter, notices, stop } = await openThread();
    stopSim = stop;
    await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: 'Relance : facture n° F-2026-027' });
    const added = document.createElement('div');
    added.textContent = 'PS : merci !';
    editor().insertBefore(added, editor().children[1]);
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await sleep(1600);
    expect(notices).toHaveLength(1);
    expect(notices[0].body.startsWith('Relance : facture n° F-2026-027\nPS : merci !')).toBe(true);
    expect(notices[0].subject).toBe('Re: Facture F-2026-027');
  });

  it('ignores sends of composes Relance did not fill', async () => {
    const { notices, stop } = await openThread();
    stopSim = stop;
    document.querySelector<HTMLElement>('.amn .bkH')!.click();
    await sleep(100);
    editor().textContent = 'Merci Sophie';
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    await sleep(1600);
    expect(notices).toEqual([]);
    expect(document.querySelectorAll('[data-message-id]').length).toBe(4); // the simulator did send it
  });

  it('does not record a send Gmail refused (no recipient), then records the real one once', async () => {
    const { adapter, notices, stop } = await openThread();
    stopSim = stop;
    await navigate('#inbox');
    const result = await adapter.insertReminder({ to: [], subject: 'Relance : facture n° F-2026-027', body: 'Bonjour,' });
    expect(result.ok).toBe(true);
    const send = () => document.querySelector<HTMLElement>('[role=dialog] .dC > [role=button]')!.click();
    send();
    await sleep(100);
    expect(document.querySelector('[role=alertdialog]')).not.toBeNull();
    await sleep(1800);
    expect(notices).toEqual([]);
    document.querySelector<HTMLElement>('[role=alertdialog] button')!.click();
    const input = document.querySelector<HTMLInputElement>('[role=dialog] [name=to] input')!;
    input.value = 'sophie@boulangerie-petit.fr';
    send();
    await sleep(1600);
    expect(notices.map((n) => n.to)).toEqual([[{ email: 'sophie@boulangerie-petit.fr' }]]);
  });

  it('cancels on Gmail\'s "z" undo shortcut while the notice shows', async () => {
    const { adapter, notices, stop } = await openThread();
    stopSim = stop;
    await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: 'Relance' });
    document.querySelector<HTMLElement>('.M9 .dC > [role=button]')!.click();
    await sleep(250);
    expect(document.getElementById('link_undo')).not.toBeNull();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', bubbles: true }));
    await sleep(1500);
    expect(notices).toEqual([]);
  });

  it('a listener that throws does not keep the others from hearing the send', async () => {
    const { adapter, notices, stop } = await openThread();
    stopSim = stop;
    const stopThrowing = adapter.onSent(() => {
      throw new Error('listener bug');
    });
    await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: 'Relance' });
    document.querySelector<HTMLElement>('.M9 .dC > [role=button]')!.click();
    await sleep(1600);
    stopThrowing();
    expect(notices).toHaveLength(1);
  });
});
