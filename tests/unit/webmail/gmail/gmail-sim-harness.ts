import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGmailAdapter } from '../../../../utils/webmail/gmail/adapter';
import type { ConformanceHarness } from '../adapter-suite';

/**
 * Runs the Gmail simulator (tests/fixtures/webmail/gmail/sim.js, the same file the browser tests serve) inside
 * happy-dom, with a short Undo window, and wraps it in the conformance harness.
 */

const FIXTURES = join(__dirname, '../../../fixtures/webmail');
const SIM_SOURCE = readFileSync(join(FIXTURES, 'gmail/sim.js'), 'utf8');

/** The simulator's options: interface language, Undo Send window, reading pane, and DOM variant ('' or '2025-11'). */
export interface GmailSimOptions {
  hl?: string;
  undoMs?: number;
  pane?: string;
  dom?: string;
}

/** Gmail's DOM variants the simulator renders, oldest first (see sim.js). */
export const GMAIL_DOM_VARIANTS = ['', '2025-11'] as const;

interface GmailSimApi {
  start(mailbox: unknown, options: GmailSimOptions): void;
  stop(): void;
}

/** Loads a mailbox JSON by name from tests/fixtures/webmail/mailboxes/. */
export function mailbox(name: string): { me: { email: string }; threads: { id: string; subject: string }[] } {
  return JSON.parse(readFileSync(join(FIXTURES, 'mailboxes', `${name}.json`), 'utf8'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(probe: () => unknown, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!probe()) {
    if (Date.now() - started > timeoutMs) throw new Error('simulator did not render in time');
    await sleep(10);
  }
}

/** Navigates the simulator by hash, as Gmail's links do (happy-dom fires `hashchange` a tick later). */
export async function navigate(hash: string): Promise<void> {
  window.location.hash = hash;
  await sleep(5);
}

/** Starts the simulator on a mailbox in this happy-dom window. */
export function startGmailSim(name: string, options: GmailSimOptions = {}): GmailSimApi {
  const win = window as unknown as { GmailSim?: GmailSimApi; happyDOM?: { setURL(url: string): void } };
  win.happyDOM?.setURL(`https://mail.google.com/mail/u/0/?fixture=${name}#inbox`);
  // biome-ignore lint/security/noGlobalEval: the fixture page's own simulator script, run in this test's happy-dom window as the browser would
  if (!win.GmailSim) (0, eval)(SIM_SOURCE);
  win.GmailSim!.stop();
  win.GmailSim!.start(mailbox(name), { undoMs: 300, ...options });
  return win.GmailSim!;
}

/** The Undo link of Gmail's "Message sent" notice (the first of its two links; no id since 2025-11). */
export function undoLink(): HTMLElement | null {
  const links = document.querySelectorAll<HTMLElement>('.b8[role=alert] .bAo [role=link]');
  return links.length === 2 ? links[0] : null;
}

/** The conformance harness over the simulator showing `thread-reply.json`, in one of Gmail's DOM variants. */
export async function gmailConformanceHarness(dom = ''): Promise<ConformanceHarness> {
  const sim = startGmailSim('thread-reply', { hl: 'en', dom });
  const adapter = createGmailAdapter(document, window);
  return {
    adapter,
    async openInbox() {
      await navigate('#inbox');
      await until(() => document.querySelector('tr.zA'));
    },
    async openThread(id) {
      await navigate(`#inbox/${id}`);
      await until(() => document.querySelector(`h2.hP[data-legacy-thread-id="${id}"]`));
    },
    async pressSend() {
      const button = Array.from(document.querySelectorAll<HTMLElement>('.M9 .dC > [role=button]')).find((el) => !el.hasAttribute('aria-haspopup'));
      if (!button) throw new Error('no Send button');
      button.click();
      await until(undoLink);
    },
    async undoSend() {
      await until(undoLink);
      undoLink()!.click();
    },
    async settle() {
      await sleep(300 + 400);
    },
    chipLabels() {
      return Array.from(document.querySelectorAll('[data-relance-chip]'), (chip) => chip.textContent ?? '');
    },
    teardown() {
      sim.stop();
    },
  };
}
