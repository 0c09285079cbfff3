// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SentNotice } from '../../../../utils/webmail/adapter';
import { elementText } from '../../../../utils/webmail/element-text';
import { createOutlookAdapter } from '../../../../utils/webmail/outlook/index';
import { fragmentPath, loadFragment } from './load-fragment';
import { actLikeOutlook } from './outlook-page-double';

const THREAD = 'AAQkADAwATM0MDAAMS1invoice014';
// The text the simulator check sent, so the saved "sent" state shows exactly this message.
const REMINDER = 'Bonjour,\n\nSauf erreur de notre part, la facture n° F-2026-014 de 2 400,00 € reste impayée.\n\nCordialement,\nCamille Martin';
const NEW_MAIL = {
  to: [{ name: 'Hugo Petit', email: 'hugo@petit-conseil.fr' }],
  subject: 'Relance : facture n° F-2026-009',
  body: 'Bonjour,\nLa facture n° F-2026-009 de 850,00 € reste impayée.',
};
const FAST = { composeTimeoutMs: 500, settleMs: 100, confirmTimeoutMs: 1500 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const editor = () => document.querySelector<HTMLElement>('[role=textbox][aria-multiline=true]')!;
const click = (icon: string) => document.querySelector(`[id^="docking_InitVisiblePart"] [data-icon-name="${icon}"]`)!.closest('button')!.click();

function collectSends(adapter: ReturnType<typeof createOutlookAdapter>): SentNotice[] {
  const sent: SentNotice[] = [];
  stops.push(adapter.onSent((notice) => sent.push(notice)));
  return sent;
}
const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
});

describe('Outlook insertReminder', () => {
  it('fills the open reply above the quoted history and reads it back', async () => {
    loadFragment(fragmentPath('reply-compose-fr'));
    const adapter = createOutlookAdapter(document, window, FAST);
    const result = await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: REMINDER });
    expect(result).toMatchObject({ ok: true, verified: true });
    expect(result.composeId).toMatch(/^outlook-compose-/);
    const text = elementText(editor());
    expect(text.startsWith(REMINDER)).toBe(true);
    // Outlook's quote markers stay below our text, so Outlook keeps both.
    const quote = document.querySelector('#divRplyFwdMsg')!;
    expect(elementText(quote)).toContain('De : Paul Durand <paul.durand@durand-sarl.fr>');
    expect(text.indexOf('Sauf erreur')).toBeLessThan(text.indexOf('De : Paul Durand'));
    expect(editor().contains(quote)).toBe(true);
  });

  it("opens a reply with the newest message's Reply button when none is open", async () => {
    loadFragment(fragmentPath('conversation-fr'));
    actLikeOutlook();
    const adapter = createOutlookAdapter(document, window, FAST);
    const result = await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: REMINDER });
    expect(result).toMatchObject({ ok: true, verified: true });
    expect(document.querySelectorAll('[id^="docking_InitVisiblePart"]')).toHaveLength(1);
    expect(elementText(editor()).startsWith(REMINDER)).toBe(true);
  });

  it('writes a new message (recipient, subject, body) when no thread is asked for', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    actLikeOutlook();
    const adapter = createOutlookAdapter(document, window, FAST);
    const result = await adapter.insertReminder(NEW_MAIL);
    expect(result).toMatchObject({ ok: true, verified: true });
    const compose = document.querySelector('[id^="docking_InitVisiblePart"]')!;
    expect(compose.querySelector<HTMLInputElement>('input[type=text]')!.value).toBe(NEW_MAIL.subject);
    expect(compose.querySelector('[contenteditable=true]:not([aria-multiline=true])')!.textContent).toContain('hugo@petit-conseil.fr;');
    expect(elementText(editor())).toBe(NEW_MAIL.body);
  });

  it('refuses a reply for a conversation that is not the open one, and opens nothing', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    actLikeOutlook();
    const adapter = createOutlookAdapter(document, window, FAST);
    const result = await adapter.insertReminder({ threadId: 'AAQk-not-open', ...NEW_MAIL });
    expect(result).toMatchObject({ ok: false, error: 'thread-changed' });
    expect(document.querySelector('[id^="docking_InitVisiblePart"]')).toBeNull();
  });

  it('fails with a reason, without throwing, when Outlook offers no way to write', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    document.querySelector('[data-icon-name="ComposeRegular"]')!.remove();
    const adapter = createOutlookAdapter(document, window, FAST);
    const result = await adapter.insertReminder(NEW_MAIL);
    expect(result).toEqual({
      ok: false,
      verified: false,
      error: 'compose-not-opened',
      detail: 'Outlook new message could not be opened (no new mail button or no compose)',
    });
  });
});

describe('Outlook onSent', () => {
  it('records a reply once, when the compose closed and the message shows in the conversation', async () => {
    loadFragment(fragmentPath('conversation-fr'));
    actLikeOutlook();
    const adapter = createOutlookAdapter(document, window, FAST);
    const sent = collectSends(adapter);
    const { composeId } = await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: REMINDER });
    click('SendRegular');
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 2000 });
    await sleep(300);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ composeId, threadId: THREAD, to: [{ name: 'Paul Durand', email: 'paul.durand@durand-sarl.fr' }], cc: [] });
    expect(sent[0].subject).toBe('Facture F-2026-014 – Refonte du site');
    expect(sent[0].body.startsWith(REMINDER)).toBe(true);
  });

  it('does not record a reply whose compose closed but whose message never appeared', async () => {
    loadFragment(fragmentPath('conversation-fr'));
    actLikeOutlook({ sentMessageAppears: false });
    const adapter = createOutlookAdapter(document, window, { ...FAST, confirmTimeoutMs: 400 });
    const sent = collectSends(adapter);
    await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: REMINDER });
    click('SendRegular');
    await sleep(800);
    expect(sent).toEqual([]);
  });

  it('does not take a new message dated long ago (holding the same words) for the reply just sent', async () => {
    loadFragment(fragmentPath('conversation-fr'));
    actLikeOutlook({ sentMessageDatedNow: false });
    const adapter = createOutlookAdapter(document, window, { ...FAST, confirmTimeoutMs: 600 });
    const sent = collectSends(adapter);
    await adapter.insertReminder({ threadId: THREAD, to: [], subject: '', body: REMINDER });
    click('SendRegular');
    await sleep(1000);
    expect(sent).toEqual([]);
  });

  it('records a new message sent with Ctrl+Enter once its compose stayed closed', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    actLikeOutlook();
    const adapter = createOutlookAdapter(document, window, FAST);
    const sent = collectSends(adapter);
    const { composeId } = await adapter.insertReminder(NEW_MAIL);
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 2000 });
    expect(sent).toEqual([{ composeId, to: [{ email: 'hugo@petit-conseil.fr' }], cc: [], subject: NEW_MAIL.subject, body: NEW_MAIL.body }]);
  });

  it('records nothing for a discarded draft', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    actLikeOutlook();
    const adapter = createOutlookAdapter(document, window, FAST);
    const sent = collectSends(adapter);
    await adapter.insertReminder(NEW_MAIL);
    click('DeleteRegular');
    await sleep(800); // beyond the settle delay and several checks
    expect(document.querySelector('[id^="docking_InitVisiblePart"]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('records nothing when Outlook refuses the send, even if the draft is discarded afterwards', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    actLikeOutlook({ refuseSend: true });
    const adapter = createOutlookAdapter(document, window, FAST);
    const sent = collectSends(adapter);
    await adapter.insertReminder(NEW_MAIL);
    click('SendRegular');
    await sleep(300);
    expect(document.querySelector('[role=alertdialog]')).not.toBeNull();
    document.querySelector('[role=alertdialog]')!.remove();
    click('DeleteRegular');
    await sleep(800);
    expect(sent).toEqual([]);
  });
});
