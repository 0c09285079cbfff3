// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { keepAttached } from '../../../utils/content/keep-attached';

/** Lets the MutationObserver callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepAttached (the sidebar stays when the webmail rebuilds the page)', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('puts the element back when the page empties <body>, as the Outlook and Gmail boots do', async () => {
    const host = document.createElement('relance-sidebar');
    document.body.append(host);
    stop = keepAttached(host);
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    document.body.append(document.createElement('main'));
    await settle();
    expect(host.isConnected).toBe(true);
    expect(document.body.lastElementChild).toBe(host);
  });

  it('follows a <body> the page replaced', async () => {
    const host = document.createElement('relance-sidebar');
    document.body.append(host);
    stop = keepAttached(host);
    document.documentElement.replaceChild(document.createElement('body'), document.body);
    await settle();
    expect(host.parentElement).toBe(document.body);
    document.body.replaceChildren();
    await settle();
    expect(host.parentElement).toBe(document.body);
  });

  it('lets the element go once stopped (the content script is unloading)', async () => {
    const host = document.createElement('relance-sidebar');
    document.body.append(host);
    stop = keepAttached(host);
    stop();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });
});
