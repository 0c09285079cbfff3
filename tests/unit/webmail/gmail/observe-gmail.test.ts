// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { PageState } from '../../../../utils/webmail/adapter';
import { createGmailAdapter } from '../../../../utils/webmail/gmail/adapter';
import { observeGmail } from '../../../../utils/webmail/gmail/observe-gmail';
import { readGmailPage } from '../../../../utils/webmail/gmail/read-gmail-page';
import { loadFragment } from './load-fragment';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('observing Gmail', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('reads once per batch of Gmail mutations, not once per mutation', async () => {
    loadFragment('sim-inbox-fr');
    let reads = 0;
    const states: PageState[] = [];
    stop = observeGmail(
      document,
      window,
      () => (reads++, readGmailPage(document, window)),
      (s) => states.push(s),
      () => {},
    );
    await sleep(100);
    expect(reads).toBe(1);
    const table = document.querySelector('[gh=tl] tbody')!;
    for (let i = 0; i < 200; i++) table.appendChild(document.createElement('tr'));
    await sleep(150);
    expect(reads).toBe(2);
    expect(states).toHaveLength(1); // nothing the sidebar shows changed
  });

  it('is not woken up by its own chips', async () => {
    loadFragment('sim-inbox-fr');
    const adapter = createGmailAdapter(document, window);
    const states: PageState[] = [];
    stop = adapter.observe((s) => states.push(s));
    await sleep(100);
    adapter.setListChips({ '1a1e36094c0c1af0': { label: 'J+19', tone: 'danger' } });
    adapter.setListChips({ '1a1e36094c0c1af0': { label: 'J+20', tone: 'danger' } });
    await sleep(200);
    expect(states).toHaveLength(1);
    expect(document.querySelectorAll('[data-relance-chip]')).toHaveLength(1);
  });

  it('re-applies chips when Gmail re-renders the list', async () => {
    loadFragment('sim-inbox-fr');
    const adapter = createGmailAdapter(document, window);
    stop = adapter.observe(() => {});
    adapter.setListChips({ '1a1e36094c0c1af0': { label: 'J+19', tone: 'danger' } });
    const row = document.querySelector('[data-relance-chip]')!.closest('tr')!;
    const fresh = row.cloneNode(true) as HTMLElement;
    fresh.querySelector('[data-relance-chip]')!.remove();
    row.replaceWith(fresh);
    await sleep(200);
    expect(fresh.querySelector('[data-relance-chip]')?.textContent).toBe('J+19');
  });

  it('reports an unknown layout only after a grace period, and survives a throwing listener', async () => {
    loadFragment('unknown-layout');
    const states: PageState[] = [];
    stop = observeGmail(
      document,
      window,
      () => readGmailPage(document, window),
      (s) => {
        states.push(s);
        throw new Error('sidebar bug');
      },
      () => {},
    );
    await sleep(300);
    expect(states).toEqual([]);
    await sleep(1600);
    expect(states).toEqual([{ kind: 'unreadable', reason: 'gmail-layout-not-recognised' }]);
  });
});
