import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOutlookAdapter } from '../../../../utils/webmail/outlook/index';
import type { ConformanceHarness } from '../adapter-suite';

/**
 * Runs the Outlook simulator (tests/fixtures/webmail/outlook/sim.js, the file the browser tests serve) inside happy-dom,
 * with a short "Undo send" window, and wraps it in the conformance harness.
 */

const FIXTURES = join(__dirname, '../../../fixtures/webmail');
const SIM_SOURCE = readFileSync(join(FIXTURES, 'outlook/sim.js'), 'utf8');
const UNDO_MS = 300;

interface OutlookSimApi {
  start(mailbox: unknown, options: { lang?: string; undoMs?: number; fixture?: string }): void;
  stop(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(probe: () => unknown, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!probe()) {
    if (Date.now() - started > timeoutMs) throw new Error('simulator did not render in time');
    await sleep(10);
  }
}

/** Navigates as Outlook does: pushState, then the app renders (the simulator re-renders on popstate). */
async function navigate(path: string): Promise<void> {
  window.history.pushState({}, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await sleep(0);
}

/** Starts the simulator on a mailbox of tests/fixtures/webmail/mailboxes/ in this happy-dom window. */
export function startOutlookSim(name: string, options: { lang?: string; undoMs?: number } = {}): OutlookSimApi {
  const win = window as unknown as { OutlookSim?: OutlookSimApi; happyDOM?: { setURL(url: string): void } };
  win.happyDOM?.setURL('https://outlook.office.com/mail/inbox');
  if (!win.OutlookSim) (0, eval)(SIM_SOURCE);
  const mailbox = JSON.parse(readFileSync(join(FIXTURES, 'mailboxes', `${name}.json`), 'utf8'));
  win.OutlookSim!.start(mailbox, { fixture: name, ...options });
  return win.OutlookSim!;
}

const composeButton = (icon: string) =>
  document.querySelector(`[id^="docking_InitVisiblePart"] [data-icon-name="${icon}"]`)?.closest<HTMLElement>('button') ?? null;

/** The conformance harness over the simulator showing `thread-reply.json`. */
export async function outlookConformanceHarness(): Promise<ConformanceHarness> {
  const sim = startOutlookSim('thread-reply', { lang: 'fr', undoMs: UNDO_MS });
  // The settle delay must outlast the undo window, as the default (10 s) outlasts Outlook's longest one.
  const adapter = createOutlookAdapter(document, window, { settleMs: UNDO_MS + 300, unreadableGraceMs: 200 });
  return {
    adapter,
    async openInbox() {
      await navigate('/mail/inbox');
      await until(() => document.querySelector('#MailList [role=option][data-convid]'));
    },
    async openThread(id) {
      await navigate(`/mail/inbox/id/${encodeURIComponent(id)}`);
      await until(() => document.getElementById(`CONV_${id}_SUBJECT`));
    },
    async pressSend() {
      const send = composeButton('SendRegular');
      if (!send) throw new Error('no Send button');
      send.click();
      await until(() => !send.isConnected);
    },
    async undoSend() {
      await until(() => document.querySelector('[role=status] [data-icon-name="ArrowUndoRegular"]'));
      document.querySelector('[role=status] [data-icon-name="ArrowUndoRegular"]')!.closest<HTMLElement>('button')!.click();
    },
    async settle() {
      await sleep(UNDO_MS + 400);
    },
    chipLabels() {
      return Array.from(document.querySelectorAll('[data-relance-chip]'), (chip) => chip.textContent ?? '');
    },
    teardown() {
      sim.stop();
    },
  };
}
