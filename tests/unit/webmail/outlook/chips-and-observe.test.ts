// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../../utils/webmail/adapter';
import { createOutlookAdapter } from '../../../../utils/webmail/outlook/index';
import { fragmentPath, loadFragment } from './load-fragment';
import { fragmentBody } from './outlook-page-double';

const INVOICE = 'AAQkADAwATM0MDAAMS1invoice014';
const QUOTE = 'AAQkADAwATM0MDAAMS1quote2026';
const chipsOn = (id: string) => Array.from(document.querySelectorAll(`[data-convid="${id}"] [data-relance-chip]`)).map((c) => c.textContent);
const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
});

describe('Outlook setListChips', () => {
  it('marks tracked rows, updates and removes chips, and follows a recycled row', () => {
    loadFragment(fragmentPath('inbox-fr'));
    const adapter = createOutlookAdapter(document, window);
    adapter.setListChips({ [INVOICE]: { label: 'J+12 · relance 2', tone: 'warning', title: 'Relance 2 envoyée' } });
    expect(chipsOn(INVOICE)).toEqual(['J+12 · relance 2']);
    expect(chipsOn(QUOTE)).toEqual([]);
    expect(document.querySelector<HTMLElement>('[data-relance-chip]')!.title).toBe('Relance 2 envoyée');

    adapter.setListChips({ [INVOICE]: { label: 'J+20 · mise en demeure', tone: 'danger' } });
    expect(chipsOn(INVOICE)).toEqual(['J+20 · mise en demeure']);

    // Outlook's virtualized list reuses a row element for another conversation.
    document.querySelector(`[data-convid="${INVOICE}"]`)!.setAttribute('data-convid', 'AAQk-other');
    adapter.setListChips({ [INVOICE]: { label: 'J+20 · mise en demeure', tone: 'danger' }, [QUOTE]: { label: 'payée', tone: 'ok' } });
    expect(document.querySelectorAll('[data-convid="AAQk-other"] [data-relance-chip]')).toHaveLength(0);
    expect(chipsOn(QUOTE)).toEqual(['payée']);

    adapter.setListChips({});
    expect(document.querySelectorAll('[data-relance-chip]')).toHaveLength(0);
  });
});

describe('Outlook observe', () => {
  it('reports the first state, then a new state after a pushState navigation, and re-applies chips to new rows', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    const adapter = createOutlookAdapter(document, window);
    adapter.setListChips({ [INVOICE]: { label: 'J+12', tone: 'warning' } });
    const states: PageState[] = [];
    stops.push(adapter.observe((state) => states.push(state)));
    await vi.waitFor(() => expect(states.map((s) => s.kind)).toEqual(['list']));

    // Outlook opens the conversation: pushState (no event) and the reading pane fills in.
    window.history.pushState({}, '', `/mail/inbox/id/${INVOICE}`);
    const saved = fragmentBody('conversation-fr');
    document.querySelector('#ReadingPaneContainerId')!.replaceChildren(...Array.from(saved.querySelector('#ReadingPaneContainerId')!.childNodes));
    await vi.waitFor(() => expect(states.map((s) => s.kind)).toEqual(['list', 'thread']));
    const last = states[1];
    expect(last.kind === 'thread' && last.thread.threadId).toBe(INVOICE);

    // The list re-renders its rows: the chip comes back on the new row element.
    const listbox = document.querySelector('#MailList [role=listbox]')!;
    listbox.replaceChildren(...Array.from(saved.querySelector('#MailList [role=listbox]')!.childNodes));
    await vi.waitFor(() => expect(chipsOn(INVOICE)).toEqual(['J+12']));
    expect(states).toHaveLength(2); // the same conversation, re-rendered: nothing new to report
  });

  it('reads the list again once it changed: a conversation opened by a message id follows the selected row', async () => {
    loadFragment(fragmentPath('conversation-fr'));
    // The address names a message (an Exchange item id): the selected row names its conversation.
    window.history.pushState({}, '', '/mail/inbox/id/AAMkADAwATM0MDAAMS1message');
    const adapter = createOutlookAdapter(document, window);
    const states: PageState[] = [];
    stops.push(adapter.observe((state) => states.push(state)));
    const threadIds = () => states.map((s) => (s.kind === 'thread' ? s.thread.threadId : s.kind));
    await vi.waitFor(() => expect(threadIds()).toEqual([INVOICE]));

    // A message of the open conversation changes (the list does not): still the same conversation.
    const body = document.querySelector('#ReadingPaneContainerId [role=document]')!;
    body.appendChild(document.createTextNode(' Merci.'));
    document.querySelector('#ReadingPaneContainerId [aria-expanded]')!.setAttribute('aria-expanded', 'true');
    await vi.waitFor(() => expect(states).toHaveLength(2));
    expect(threadIds()).toEqual([INVOICE, INVOICE]);

    // The user selects the other row, whose conversation the pane then shows.
    document.querySelector(`[data-convid="${INVOICE}"]`)!.setAttribute('aria-selected', 'false');
    document.querySelector(`[data-convid="${QUOTE}"]`)!.setAttribute('aria-selected', 'true');
    body.appendChild(document.createTextNode(' Cordialement.'));
    await vi.waitFor(() => expect(threadIds()).toEqual([INVOICE, INVOICE, QUOTE]));
  });

  it('reports an unknown layout only once it has lasted, and stops cleanly', async () => {
    loadFragment(fragmentPath('inbox-fr'));
    const adapter = createOutlookAdapter(document, window, { unreadableGraceMs: 300 });
    const states: PageState[] = [];
    const stop = adapter.observe((state) => states.push(state));
    await vi.waitFor(() => expect(states).toHaveLength(1));
    document.querySelector('#MailList')!.remove();
    document.querySelector('#ReadingPaneContainerId')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(states).toHaveLength(1);
    await vi.waitFor(() => expect(states[1]?.kind).toBe('unreadable'));
    stop();
    document.body.appendChild(fragmentBody('inbox-fr'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(states).toHaveLength(2);
  });
});
