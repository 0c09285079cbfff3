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

/** The simulator's options: interface language ('fr', 'en', 'de'), Undo send window, DOM variant ('' or '2026'). */
export interface OutlookSimOptions {
  lang?: string;
  undoMs?: number;
  dom?: string;
}

/** The Outlook pages the simulator renders: the 2024-2025 DOM in French, and the 2026 DOM in German. */
export const OUTLOOK_VARIANTS: ReadonlyArray<{ name: string; options: OutlookSimOptions }> = [
  { name: 'outlook', options: { lang: 'fr' } },
  { name: 'outlook (2026 DOM, German)', options: { lang: 'de', dom: '2026' } },
];

interface OutlookSimApi {
  start(mailbox: unknown, options: OutlookSimOptions & { fixture?: string }): void;
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
export function startOutlookSim(name: string, options: OutlookSimOptions = {}): OutlookSimApi {
  const win = window as unknown as { OutlookSim?: OutlookSimApi; happyDOM?: { setURL(url: string): void } };
  win.happyDOM?.setURL('https://outlook.office.com/mail/inbox');
  // biome-ignore lint/security/noGlobalEval: the fixture page's own simulator script, run in this test's happy-dom window as the browser would
  if (!win.OutlookSim) (0, eval)(SIM_SOURCE);
  const mailbox = JSON.parse(readFileSync(join(FIXTURES, 'mailboxes', `${name}.json`), 'utf8'));
  win.OutlookSim!.start(mailbox, { fixture: name, ...options });
  return win.OutlookSim!;
}

/** The open compose's Send button: by its icon name (2023-2025) or as Fluent 9's split button (2026). */
const sendButton = () =>
  document.querySelector('[id^="docking_InitVisiblePart"] [data-icon-name="SendRegular"]')?.closest<HTMLElement>('button') ??
  document.querySelector<HTMLElement>('[id^="docking_InitVisiblePart"] button.fui-SplitButton__primaryActionButton');

/** The conformance harness over the simulator showing `thread-reply.json`, in one of its page variants. */
export async function outlookConformanceHarness(options: OutlookSimOptions = { lang: 'fr' }): Promise<ConformanceHarness> {
  const sim = startOutlookSim('thread-reply', { ...options, undoMs: UNDO_MS });
  // The settle delay must outlast the undo window, as the default (10 s) outlasts Outlook's longest one.
  const adapter = createOutlookAdapter(document, window, { settleMs: UNDO_MS + 300, unreadableGraceMs: 200 });
  return {
    adapter,
    async openInbox() {
      await navigate('/mail/inbox');
      await until(() => document.querySelector('[role=listbox] [role=option][data-convid]'));
    },
    async openThread(id) {
      await navigate(`/mail/inbox/id/${encodeURIComponent(id)}`);
      await until(() => document.getElementById(`CONV_${id}_SUBJECT`));
    },
    async pressSend() {
      const send = sendButton();
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
