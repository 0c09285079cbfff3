import { visibleComposes } from './compose-form';
import { isShown, isVisible } from './visibility';
import { findAll, findFirst } from './selectors';

/** Polls `probe` until it returns something or `timeoutMs` passes (Gmail renders composes asynchronously). */
export function waitFor<T>(win: Window, probe: () => T | null, timeoutMs = 4000, stepMs = 40): Promise<T | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      let found: T | null = null;
      try {
        found = probe();
      } catch {
        found = null;
      }
      if (found) resolve(found);
      else if (Date.now() - started >= timeoutMs) resolve(null);
      else win.setTimeout(tick, stepMs);
    };
    tick();
  });
}

/** Clicks a Gmail control the way a user does: Gmail's buttons listen to mousedown/mouseup as well as click. */
export function press(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView;
  const MouseEventCtor = win?.MouseEvent ?? MouseEvent;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEventCtor(type, { bubbles: true, cancelable: true, view: win, button: 0 }));
  }
}

/** The reply compose open in this thread, or the one opened by clicking the thread's last reply control. */
export async function openReply(win: Window, threadRoot: Element): Promise<HTMLElement | 'thread-changed' | null> {
  const open = visibleComposes(threadRoot)[0];
  if (open) return open;
  const controls = findAll(threadRoot, 'replyControl').filter(isVisible);
  const control = controls[controls.length - 1];
  if (!control) return null;
  press(control);
  // Stop waiting as soon as Gmail takes this thread away (the user opened another one).
  const gone = () => !threadRoot.isConnected || !isShown(threadRoot);
  const found = await waitFor(win, () => (gone() ? 'thread-changed' : (visibleComposes(threadRoot)[0] ?? null)));
  return found;
}

/** A new-mail compose opened with Gmail's Compose button. */
export async function openNewCompose(doc: Document, win: Window): Promise<HTMLElement | null> {
  const before = new Set(visibleComposes(doc));
  const button = findFirst(doc, 'composeButton');
  if (!button) return null;
  press(button);
  return waitFor(win, () => visibleComposes(doc).find((compose) => !before.has(compose)) ?? null);
}
