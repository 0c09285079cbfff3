/**
 * Issue 17: a webmail moving to another view is heard before it renders it, through the Navigation API's `navigate`
 * event (the browser test checks it on Chromium's own); a browser without it is heard from not at all.
 */
import { describe, expect, it } from 'vitest';
import { onNavigate } from '../../../utils/webmail/on-navigate';

describe('onNavigate', () => {
  it('hears the Navigation API until stopped', () => {
    const navigation = new EventTarget();
    const win = Object.assign(new EventTarget(), { navigation }) as unknown as Window;
    let heard = 0;
    const stop = onNavigate(win, () => heard++);
    navigation.dispatchEvent(new Event('navigate'));
    expect(heard).toBe(1);
    stop();
    navigation.dispatchEvent(new Event('navigate'));
    expect(heard).toBe(1);
  });

  it('does nothing without the Navigation API', () => {
    const win = new EventTarget() as unknown as Window;
    let heard = 0;
    const stop = onNavigate(win, () => heard++);
    win.dispatchEvent(new Event('hashchange'));
    win.dispatchEvent(new Event('popstate'));
    expect(heard).toBe(0);
    expect(stop).not.toThrow();
  });
});
