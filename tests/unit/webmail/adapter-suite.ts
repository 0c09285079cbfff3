import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageState, SentNotice, WebmailAdapter } from '../../../utils/webmail/adapter';

/**
 * The behaviour every webmail adapter must show, run against each webmail's simulator page
 * (tests/fixtures/webmail/<site>/) showing the mailbox `mailboxes/thread-reply.json`:
 * one inbox thread, the debtor's promise as its last, expanded message, earlier ones collapsed or hidden.
 *
 * `setup` builds a fresh page and adapter for each test; the harness it returns:
 * - `adapter`: the adapter under test, created on that page;
 * - `openInbox()` / `openThread(id)`: navigate as the user would (route + render), resolve once rendered;
 * - `pressSend()`: the user clicks the webmail's Send button in the open compose;
 * - `undoSend()`: the user clicks Undo on the webmail's "sent" notice (webmails without Undo may cancel another way);
 * - `settle()`: resolves once the webmail has finished any pending send (its undo window passed, the page updated);
 * - `chipLabels()`: the labels of the list chips currently on the page;
 * - `teardown()`: stops timers and empties the page.
 */
export interface ConformanceHarness {
  adapter: WebmailAdapter;
  openInbox(): Promise<void>;
  openThread(id: string): Promise<void>;
  pressSend(): Promise<void>;
  undoSend(): Promise<void>;
  settle(): Promise<void>;
  chipLabels(): string[];
  teardown(): void;
}

interface MailboxJson {
  me: { name: string; email: string };
  threads: { id: string; subject: string; messages: { id: string; from: { email: string }; date: string; text: string }[] }[];
}

/** The mailbox every harness must show. */
export const CONFORMANCE_MAILBOX: MailboxJson = JSON.parse(readFileSync(join(__dirname, '../../fixtures/webmail/mailboxes/thread-reply.json'), 'utf8'));

const THREAD = CONFORMANCE_MAILBOX.threads[0];
const PROMISE = THREAD.messages[THREAD.messages.length - 1];
const DEBTOR = PROMISE.from.email;

/** The innermost elements showing the thread's subject: in the list, its row's. */
const subjectTexts = () => [...document.querySelectorAll('*')].filter((el) => el.children.length === 0 && el.textContent?.includes(THREAD.subject));

function threadOf(state: PageState) {
  if (state.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(state)}`);
  return state.thread;
}

async function until<T>(probe: () => T | undefined | null | false, timeoutMs = 4000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Registers the shared adapter tests under `describe(name)`. */
export function describeAdapterConformance(name: string, setup: () => Promise<ConformanceHarness>): void {
  describe(`${name} adapter conformance`, () => {
    let harness: ConformanceHarness | null = null;
    const start = async () => (harness = await setup());
    afterEach(() => {
      harness?.teardown();
      harness = null;
    });

    it('reads the open thread: id, subject, the debtor reply with sender, date and full text', async () => {
      const h = await start();
      await h.openThread(THREAD.id);
      const thread = threadOf(h.adapter.read());
      expect(thread.threadId).toBe(THREAD.id);
      expect(thread.subject).toBe(THREAD.subject);
      expect(thread.url).toContain(THREAD.id);
      const last = thread.messages[thread.messages.length - 1];
      expect(last.from.email).toBe(DEBTOR);
      expect(last.to.map((a) => a.email)).toContain(CONFORMANCE_MAILBOX.me.email);
      expect(Math.abs(Date.parse(last.date) - Date.parse(PROMISE.date))).toBeLessThan(60_000);
      expect(last.text).toContain('Je vous règle la facture le 30 novembre sans faute.');
      // Quoted history is kept.
      expect(last.text).toContain('Je reviens vers vous concernant la facture n° F-2026-027');
      const known = new Set(THREAD.messages.map((m) => m.id));
      for (const message of thread.messages) expect(known.has(message.id)).toBe(true);
    });

    it('reads the inbox as a list holding the thread', async () => {
      const h = await start();
      await h.openInbox();
      const state = h.adapter.read();
      expect(state.kind).toBe('list');
      expect(state.kind === 'list' && state.threadIds).toContain(THREAD.id);
    });

    it('observe reports the thread once the user opens it, and stops when asked', async () => {
      const h = await start();
      await h.openInbox();
      const seen: PageState[] = [];
      const stop = h.adapter.observe((state) => seen.push(state));
      await until(() => seen.some((s) => s.kind === 'list'));
      await h.openThread(THREAD.id);
      await until(() => seen.some((s) => s.kind === 'thread' && s.thread.threadId === THREAD.id));
      stop();
      const count = seen.length;
      await h.openInbox();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen.length).toBe(count);
    });

    it('reports the thread whose row the pointer rests on, not the rows it only passes over, and stops when asked', async () => {
      const h = await start();
      await h.openInbox();
      const inRow = subjectTexts();
      expect(inRow.length).toBeGreaterThan(0);
      const point = (el: Element) => el.dispatchEvent(new Event('pointerover', { bubbles: true }));
      const seen: string[] = [];
      const stop = h.adapter.onRowPointer?.((threadId) => seen.push(threadId));
      expect(stop).toBeTypeOf('function');
      point(inRow[0]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      point(document.body); // on its way elsewhere
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen).toEqual([]);
      point(inRow[0]);
      await until(() => seen.length > 0);
      point(inRow[inRow.length - 1]); // within the same row: nothing new
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen).toEqual([THREAD.id]);
      stop?.();
      point(document.body);
      point(inRow[0]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen).toEqual([THREAD.id]);
    });

    it('reports at once the thread whose row is clicked, before the webmail opens it', async () => {
      const h = await start();
      await h.openInbox();
      const inRow = subjectTexts();
      const seen: string[] = [];
      const stop = h.adapter.onRowPointer?.((threadId) => seen.push(threadId));
      document.body.click();
      expect(seen).toEqual([]);
      // The webmail's own click handler opens the thread: the row is heard in the same event, before it renders.
      (inRow[0] as HTMLElement).click();
      expect(seen).toEqual([THREAD.id]);
      stop?.();
      await h.openInbox();
      const again = subjectTexts();
      expect(again.length).toBeGreaterThan(0);
      (again[0] as HTMLElement).click();
      expect(seen).toEqual([THREAD.id]);
    });

    it('list chips are idempotent and removed when no longer asked for', async () => {
      const h = await start();
      await h.openInbox();
      h.adapter.setListChips({ [THREAD.id]: { label: 'J+12 · relance 2', tone: 'warning' } });
      h.adapter.setListChips({ [THREAD.id]: { label: 'J+12 · relance 2', tone: 'warning' } });
      expect(h.chipLabels()).toEqual(['J+12 · relance 2']);
      h.adapter.setListChips({ [THREAD.id]: { label: 'J+13 · relance 2', tone: 'danger' } });
      expect(h.chipLabels()).toEqual(['J+13 · relance 2']);
      h.adapter.setListChips({});
      expect(h.chipLabels()).toEqual([]);
    });

    it('inserts a reminder into a reply in the thread and reports the confirmed send once', async () => {
      const h = await start();
      await h.openThread(THREAD.id);
      const notices: SentNotice[] = [];
      const stop = h.adapter.onSent((notice) => notices.push(notice));
      const body = 'Bonjour Sophie,\n\nJe vous confirme la facture n° F-2026-027 de 850,00 €.\n\nCamille';
      const result = await h.adapter.insertReminder({ threadId: THREAD.id, to: [{ email: DEBTOR }], subject: 'Re', body });
      expect(result).toMatchObject({ ok: true, verified: true });
      expect(result.composeId).toBeTruthy();
      await h.pressSend();
      await h.settle();
      await until(() => notices.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ composeId: result.composeId, threadId: THREAD.id });
      expect(notices[0].to.map((a) => a.email)).toContain(DEBTOR);
      expect(notices[0].body).toContain('Je vous confirme la facture n° F-2026-027 de 850,00 €.');
      // The inserted text comes first, above the quoted history.
      expect(notices[0].body.trimStart().startsWith('Bonjour Sophie,')).toBe(true);
    });

    it('does not report a send the user undid', async () => {
      const h = await start();
      await h.openThread(THREAD.id);
      const notices: SentNotice[] = [];
      const stop = h.adapter.onSent((notice) => notices.push(notice));
      const result = await h.adapter.insertReminder({ threadId: THREAD.id, to: [{ email: DEBTOR }], subject: 'Re', body: 'Relance F-2026-027' });
      expect(result).toMatchObject({ ok: true });
      await h.pressSend();
      await h.undoSend();
      await h.settle();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stop();
      expect(notices).toEqual([]);
    });

    it('writes a new mail with recipient and subject when no thread is open', async () => {
      const h = await start();
      await h.openInbox();
      const notices: SentNotice[] = [];
      const stop = h.adapter.onSent((notice) => notices.push(notice));
      const subject = 'Relance : facture n° F-2026-027';
      const result = await h.adapter.insertReminder({
        to: [{ name: 'Sophie Petit', email: DEBTOR }],
        subject,
        body: 'Bonjour,\nLa facture F-2026-027 reste due.',
      });
      expect(result).toMatchObject({ ok: true, verified: true });
      await h.pressSend();
      await h.settle();
      await until(() => notices.length > 0);
      stop();
      expect(notices[0]).toMatchObject({ subject, composeId: result.composeId });
      expect(notices[0].threadId).toBeUndefined();
      expect(notices[0].to.map((a) => a.email)).toEqual([DEBTOR]);
    });

    it('a reply for a thread that is not open is refused: nothing written, no stray new mail', async () => {
      const h = await start();
      await h.openInbox();
      const result = await h.adapter.insertReminder({ threadId: 'ffffffffffffffff', to: [{ email: DEBTOR }], subject: 'Relance', body: 'Texte' });
      expect(result).toMatchObject({ ok: false, error: 'thread-changed' });
      expect(h.adapter.read().kind).toBe('list');
    });
  });
}
