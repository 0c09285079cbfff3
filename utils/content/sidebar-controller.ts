import type { MailMessage } from '../mail/types';
import type { EInvoiceFacts, FileOut, RequestOf } from '../messages';
import { bytesToBase64 } from '../messaging/base64';
import type { CourtDocument, InvoiceView, PaymentNoticeView, ThreadState } from '../model/view';
import type { PageState, ThreadView, WebmailAdapter } from '../webmail/adapter';
import { RelanceRequestError } from '../messaging/send';
import { sendFromWebmail } from './send-from-webmail';
import { ThreadSender } from './thread-sender';
import { workerPresence } from '../messaging/worker-presence';
import { downloadFile } from './download-file';
import { localDate } from '../calendar/today';
import { explainError } from '../errors/explain-error';
import { translatorFrom } from '../i18n/translator';
import type { RoundView } from '../round/round-view';
import type { RoundCommand } from '../round/round-command';
import { roundMove, roundStepKey } from '../round/round-move';
import { createStore } from '../state/create-store';
import { keepEqual } from '../state/keep-equal';
import { shownEventKey } from '../model/shown-event';
import type { Language } from '../model/language';

export interface SidebarState {
  open: boolean;
  language: Language;
  /** The sidebar's strings in that language, from the background. */
  strings: Record<string, string>;
  today: string;
  page: PageState['kind'] | 'starting';
  unreadableReason?: string;
  thread?: ThreadState;
  /** `thread` is what the background last answered for this thread on an earlier visit, shown while it answers again. */
  fromKept?: boolean;
  threadId?: string;
  busyInvoiceId?: string;
  /** Today's round as the background keeps it (absent until it answered). */
  round?: RoundView;
  /** One line for the user after an action (inserted, recorded, exported...). */
  notice?: { key: string; args?: string[]; tone: 'ok' | 'warn' | 'error' };
  error?: string;
}

/** Attachments looked at per thread, and the largest file read (the e-invoice reader's own cap). */
const MAX_ATTACHMENTS = 3;
/** The catalogue before the background sent one. */
const NO_STRINGS: Record<string, string> = {};
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Chrome stops an idle worker after ~30 s: woken, or told of a thread, within this time, it is likely awake still. */
const AWAKE_MS = 25_000;
type TrackFields = RequestOf<'invoice:track'>['fields'];

/** The extension's local storage as the sidebar uses it: whether it is open (read and saved), the threads' kept answers (read). */
export interface SidebarLocal {
  load(): Promise<boolean>;
  save(open: boolean): Promise<void>;
  /** The thread's sidebar as the background last answered it today, if kept (utils/model/shown-thread.ts). */
  shownThread?(threadId: string): Promise<ThreadState | undefined>;
}
type EventRequest = Omit<RequestOf<'event:add'>, 'invoiceId'>;

/**
 * Everything the sidebar does, outside the components: follows the adapter's page state, asks the background,
 * inserts reminders through the adapter and records confirmed sends. Components only read `state` and call methods.
 */
export class SidebarController {
  /** What the sidebar shows; SidebarApp reads it with useStore, like the pages read theirs. */
  readonly store = createStore<SidebarState>({ open: true, language: 'fr', strings: NO_STRINGS, today: localDate(), page: 'starting' });
  private lastThread?: { threadId: string; messages: readonly MailMessage[] };
  /** The sidebar shows the thread sender's last answer (the background compares the next ones with it); false once anything else sets it. */
  private showsAnswer = false;
  private viewSeq = 0;
  private readonly threads: ThreadSender;
  private lastPage?: PageState;
  /** compose id → the reminder we put in it, so a confirmed send is recorded against the right invoice. */
  private pendingInserts = new Map<string, { invoiceId: string; templateId: string; threadId?: string }>();
  private stops: Array<() => void> = [];
  /** The round's stop whose thread this page opened, and the one whose reminder it inserted (roundStepKey). */
  private roundOpened = '';
  private roundInserted = '';
  /** Attachment URL → what it holds (null: no e-invoice), so a thread's PDFs are fetched once per page. */
  private einvoices = new Map<string, EInvoiceFacts | null>();
  /** The thread whose row the pointer last rested on or clicked, and when the background was told. */
  private pointed = { threadId: '', at: 0 };
  /** When the background was last told that a thread may open, named or not. */
  private wokeAt = 0;
  /** Whether the worker told last still runs (utils/messaging/worker-presence.ts): one stopped since is told again. */
  private toldRuns: () => boolean = () => false;
  private readonly worker = workerPresence();

  constructor(
    private readonly adapter: WebmailAdapter,
    private readonly local: SidebarLocal,
    /** Where exports are saved: the mount puts the link inside the sidebar's shadow root, out of the page's sight. */
    private readonly saveFile: (file: FileOut) => void = (file) => downloadFile(file),
  ) {
    this.threads = new ThreadSender(adapter.webmail, this.worker);
  }

  get state(): SidebarState {
    return this.store.get();
  }

  private set(patch: Partial<SidebarState>): void {
    if ('thread' in patch) {
      this.showsAnswer = false;
      if (!('fromKept' in patch)) patch = { ...patch, fromKept: false };
    }
    // What did not change keeps its identity, so the sidebar re-renders only what an answer changed.
    this.store.set(patch.thread ? { ...patch, thread: keepEqual(this.state.thread, patch.thread, shownEventKey) } : patch);
  }

  async start(): Promise<void> {
    const [open] = await Promise.all([this.local.load().catch(() => true), this.loadCatalog()]);
    this.set({ open });
    this.stops.push(this.adapter.observe((page) => void this.onPage(page)));
    this.stops.push(this.adapter.onSent((notice) => void this.onSent(notice)));
    if (this.adapter.onRowPointer) this.stops.push(this.adapter.onRowPointer((threadId) => this.threadSoon(threadId)));
    if (this.adapter.onNavigate) this.stops.push(this.adapter.onNavigate(() => this.threadSoon()));
    // Before the first page is read: a round started elsewhere (popup, dashboard, another tab) goes on here.
    await this.loadRound();
    await this.onPage(this.adapter.read());
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  toggle = (): void => {
    this.set({ open: !this.state.open });
    void this.local.save(this.state.open).catch(() => undefined);
  };

  /** The sidebar's strings; asked again on the next page change if the background could not answer yet. */
  private async loadCatalog(): Promise<void> {
    const catalog = await sendFromWebmail('i18n:catalog', {}).catch(() => undefined);
    if (catalog?.strings && Object.keys(catalog.strings).length) this.set({ language: catalog.language, strings: catalog.strings });
  }

  private async onPage(page: PageState): Promise<void> {
    this.lastPage = page;
    // Leaving the thread drops what its pending view will answer: shown now, it would be on the wrong page.
    if (page.kind !== 'thread') this.viewSeq++;
    // Checked on every change of the page: the state's language catalogue is the initial empty object until loaded
    // (Object.keys of a thousand strings per mutation batch was the cost).
    if (this.state.strings === NO_STRINGS) await this.loadCatalog();
    if (page.kind === 'unreadable') return this.set({ page: 'unreadable', unreadableReason: page.reason, thread: undefined, threadId: undefined });
    if (page.kind === 'list') {
      if (this.state.page !== 'list') this.set({ page: 'list', thread: undefined, threadId: undefined, notice: undefined });
      await this.refreshChips(page.threadIds);
      if (!this.state.thread) await this.loadToday();
      return this.driveRound();
    }
    if (page.kind === 'other') {
      if (this.state.page !== 'other') this.set({ page: 'other', thread: undefined, threadId: undefined });
      if (!this.state.thread) await this.loadToday();
      return this.driveRound();
    }
    const { thread } = page;
    // The same thread with the same messages needs no new round trip. The adapters keep a message whose rendering did not
    // change as the same object, so comparing objects is exact (an edit of the same length is a change) and cheap.
    const last = this.lastThread;
    if (last && last.threadId === thread.threadId && sameMessages(last.messages, thread.messages) && this.state.page === 'thread') return;
    this.lastThread = { threadId: thread.threadId, messages: thread.messages };
    const seq = ++this.viewSeq;
    const switched = this.state.threadId !== thread.threadId;
    // A message added to the open thread renders once, when its answer comes, and not at all if nothing it shows changed.
    if (switched || this.state.page !== 'thread')
      this.set({ page: 'thread', threadId: thread.threadId, ...(switched ? { thread: undefined, notice: undefined, error: undefined } : {}) });
    if (switched) void this.showKept(thread.threadId);
    try {
      const einvoice = await this.einvoiceOf(thread);
      let state = await this.threads.view(thread, einvoice);
      if (this.superseded(seq)) return;
      // The background compares with what it last answered; the sidebar may show something since set by another answer.
      if (state === 'unchanged' && this.showsAnswer && !this.state.error) return;
      if (state === 'unchanged') {
        this.threads.forget();
        state = (await this.threads.view(thread, einvoice)) as ThreadState;
        if (this.superseded(seq)) return;
      }
      this.set({ thread: state, error: undefined });
      this.showsAnswer = true;
      // An invoice the view started tracking is shown before the replies about it are read: the view with them follows.
      if (state.tracked.some((v) => v.readingReplies)) {
        const read = await this.threads.view(thread, einvoice);
        if (this.superseded(seq)) return;
        if (read !== 'unchanged') this.set({ thread: read });
      }
      await this.driveRound();
    } catch (error) {
      if (seq === this.viewSeq) this.set({ error: this.explain(error), fromKept: false });
    }
  }

  /**
   * A newer read of the page is on its way, so this answer is not shown; the background counts it as shown all the
   * same, and may answer the newer one "unchanged": then the newer one asks for the whole answer.
   */
  private superseded(seq: number): boolean {
    if (seq === this.viewSeq) return false;
    this.showsAnswer = false;
    return true;
  }

  /**
   * A thread opened again shows what the background answered last time while it answers now: a worker Chrome stopped
   * takes some 150 ms to wake and read the thread (issue 17). Only until the answer comes, and only today's.
   */
  private async showKept(threadId: string): Promise<void> {
    const kept = await this.local.shownThread?.(threadId).catch(() => undefined);
    // Still on that thread with no answer yet (Gmail renders a thread in several steps, each read again meanwhile).
    if (!kept || this.state.page !== 'thread' || this.state.threadId !== threadId || this.state.thread || this.state.strings === NO_STRINGS) return;
    this.set({ thread: kept, fromKept: true });
  }

  /** The first Factur-X/UBL among the thread's PDF/XML attachments, read through the webmail's own download link. */
  private async einvoiceOf(thread: ThreadView): Promise<EInvoiceFacts | undefined> {
    if (!this.adapter.attachmentBytes) return undefined;
    const files = thread.messages.flatMap((m) => m.attachments).filter((a) => a.url && /\.(pdf|xml)$/i.test(a.name));
    for (const file of files.slice(0, MAX_ATTACHMENTS)) {
      const url = file.url!;
      if (!this.einvoices.has(url)) {
        try {
          this.einvoices.set(url, await this.readFile(await this.adapter.attachmentBytes(url, MAX_FILE_BYTES), file.name));
        } catch {
          this.einvoices.set(url, null);
        }
      }
      const facts = this.einvoices.get(url);
      if (facts) return facts;
    }
    return undefined;
  }

  private async readFile(bytes: Uint8Array, fileName: string): Promise<EInvoiceFacts | null> {
    if (bytes.length > MAX_FILE_BYTES) return null;
    const result = await sendFromWebmail('einvoice:read', { base64: bytesToBase64(bytes), fileName });
    return result.ok ? result.facts : null;
  }

  /** A PDF or XML the user dropped on the sidebar: its facts fill the tracking form. */
  dropFile = async (file: File): Promise<void> => {
    this.set({ notice: { key: 'sb_drop_reading', tone: 'ok' } });
    try {
      const result = await sendFromWebmail('einvoice:read', { base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())), fileName: file.name });
      if (!result.ok) return this.set({ notice: { key: 'sb_drop_failed', args: [result.message], tone: 'error' } });
      const f = result.facts;
      if (f.creditNote) return this.set({ notice: { key: 'sb_creditnote', tone: 'warn' } });
      const thread = this.state.thread ?? { tracked: [], today: [] };
      this.set({
        notice: undefined,
        thread: {
          ...thread,
          candidate: {
            number: f.number,
            amountDue: f.amountDue,
            issueDate: f.issueDate,
            dueDate: f.dueDate,
            debtor: f.debtor ?? (f.debtorName ? { name: f.debtorName, email: '' } : undefined),
            confidence: 1,
            fromEInvoice: true,
            messageId: '',
          },
        },
      });
    } catch (error) {
      this.set({ notice: { key: 'sb_drop_failed', args: [this.explain(error)], tone: 'error' } });
    }
  };

  /**
   * A thread may open: the pointer rests on or clicks its row, or the webmail navigates (the thread not known yet).
   * The background's worker, most likely stopped since the list was shown, wakes while the webmail renders the thread,
   * and gets ready to read a thread named (issue 17). Nothing of the thread is sent but its id.
   */
  private threadSoon(threadId?: string): void {
    const now = Date.now();
    // Named: since that thread was last named. Not named: since the worker was last told anything.
    const since = !threadId ? this.wokeAt : threadId === this.pointed.threadId ? this.pointed.at : 0;
    if (now - since < AWAKE_MS && this.toldRuns()) return;
    if (threadId) this.pointed = { threadId, at: now };
    this.wokeAt = now;
    this.toldRuns = () => true;
    sendFromWebmail('thread:soon', { webmail: this.adapter.webmail, threadId }).then(
      () => (this.toldRuns = this.worker.answered()),
      () => (this.toldRuns = () => false),
    );
  }

  private async loadToday(): Promise<void> {
    try {
      const [today, round] = await Promise.all([sendFromWebmail('today:list', {}), sendFromWebmail('round:get', {})]);
      if (this.state.page !== 'thread') this.set({ thread: { tracked: [], today }, round, error: undefined });
    } catch (error) {
      this.set({ error: this.explain(error) });
    }
  }

  private async refreshChips(threadIds: string[]): Promise<void> {
    if (!threadIds.length) return;
    try {
      this.adapter.setListChips(await sendFromWebmail('chips:get', { threadIds: threadIds.slice(0, 2_000) }));
    } catch {
      // Chips are a convenience: the list stays as Gmail drew it.
    }
  }

  /** Re-reads the open thread from the background (after a write). */
  private async reload(): Promise<void> {
    this.lastThread = undefined;
    if (this.lastPage) await this.onPage(this.adapter.read());
  }

  private replaceView(view: InvoiceView): void {
    const thread = this.state.thread;
    if (!thread) return;
    const tracked = thread.tracked.some((v) => v.invoice.id === view.invoice.id)
      ? thread.tracked.map((v) => (v.invoice.id === view.invoice.id ? view : v))
      : [...thread.tracked, view];
    this.set({ thread: { ...thread, tracked, candidate: undefined } });
  }

  retry = (): void => void this.reload();

  track = async (fields: TrackFields): Promise<void> => {
    const page = this.lastPage;
    const thread = page?.kind === 'thread' ? page.thread : undefined;
    try {
      const view = await sendFromWebmail('invoice:track', {
        webmail: this.adapter.webmail,
        threadId: thread?.threadId,
        url: thread?.url,
        messageId: this.state.thread?.candidate?.messageId || undefined,
        fields,
      });
      this.replaceView(view);
      this.set({ error: undefined });
      // Read the thread again now the invoice is tracked: its client's language is learned from it.
      await this.reload();
    } catch (error) {
      this.fail(error);
    }
  };

  insertReminder = async (invoiceId: string): Promise<void> => {
    const threadAtClick = this.state.threadId;
    this.set({ busyInvoiceId: invoiceId, notice: undefined });
    try {
      const reminder = await sendFromWebmail('reminder:render', { invoiceId, openThreadId: threadAtClick });
      // The user may have switched threads while we rendered: never insert into another thread.
      if (this.state.threadId !== threadAtClick) throw new RelanceRequestError('thread-changed', 'thread changed');
      const result = await this.adapter.insertReminder({ threadId: reminder.threadId, to: reminder.to, subject: reminder.subject, body: reminder.body });
      if (!result.ok) {
        this.set({
          notice: {
            key: 'sb_insert_failed',
            args: [this.explain(new RelanceRequestError(result.error ?? 'compose-failed', result.detail ?? result.error ?? ''))],
            tone: 'error',
          },
        });
        return;
      }
      if (result.composeId) this.pendingInserts.set(result.composeId, { invoiceId, templateId: reminder.templateId, threadId: threadAtClick });
      const view = await sendFromWebmail('reminder:inserted', {
        invoiceId,
        templateId: reminder.templateId,
        subject: reminder.subject,
        body: reminder.body,
        threadId: threadAtClick,
      });
      this.replaceView(view);
      this.set({ notice: result.verified ? { key: 'sb_inserted', tone: 'ok' } : { key: 'sb_insert_unverified', tone: 'warn' } });
    } catch (error) {
      this.set({ notice: { key: 'sb_insert_failed', args: [this.explain(error)], tone: 'error' } });
    } finally {
      this.set({ busyInvoiceId: undefined });
    }
  };

  private async onSent(notice: {
    composeId: string;
    threadId?: string;
    to: { name?: string; email: string }[];
    cc: { name?: string; email: string }[];
    subject: string;
    body: string;
  }): Promise<void> {
    const pending = this.pendingInserts.get(notice.composeId);
    if (!pending) return;
    this.pendingInserts.delete(notice.composeId);
    try {
      const view = await sendFromWebmail('reminder:sent', {
        invoiceId: pending.invoiceId,
        templateId: pending.templateId,
        to: notice.to,
        cc: notice.cc,
        subject: notice.subject,
        body: notice.body,
        threadId: notice.threadId ?? pending.threadId,
      });
      if (this.state.threadId === pending.threadId) this.replaceView(view);
      this.set({ notice: { key: 'sb_sent_recorded', tone: 'ok' } });
      // The round moves on only now, on the send the webmail confirmed and the background recorded.
      if (this.state.round?.status === 'running' && this.state.round.current?.invoiceIds.includes(pending.invoiceId))
        await this.stepRound(pending.invoiceId, 'sent');
    } catch (error) {
      this.fail(error);
    }
  }

  private async loadRound(): Promise<void> {
    try {
      this.set({ round: await sendFromWebmail('round:get', {}) });
    } catch {
      // No round shown: the Today list still is, and the next page change asks again.
    }
  }

  /** Starts today's round, or resumes the stopped one, and opens its first stop. */
  startRound = (resume: boolean): Promise<void> => this.roundRequest(() => sendFromWebmail('round:start', { resume }));

  /** Skip, later or pause the current stop. */
  stepRound = (invoiceId: string, outcome: 'sent' | 'skipped' | 'later' | 'paused'): Promise<void> =>
    this.roundRequest(() => sendFromWebmail('round:step', { invoiceId, outcome }));

  /** Stop (resumable), or close after the summary or to abandon. */
  stopRound = (close: boolean): Promise<void> => this.roundRequest(() => sendFromWebmail('round:stop', { close }));

  /** A round key the user pressed; true when the round took it (the webmail then never sees it). */
  roundKey = (command: RoundCommand): boolean => {
    const round = this.state.round;
    const lead = round?.status === 'running' ? round.current?.invoiceIds[0] : undefined;
    if (!lead) return false;
    if (command === 'stop') void this.stopRound(false);
    else void this.stepRound(lead, command === 'skip' ? 'skipped' : command === 'later' ? 'later' : 'paused');
    return true;
  };

  private async roundRequest(call: () => Promise<RoundView>): Promise<void> {
    try {
      this.set({ round: await call() });
      await this.driveRound();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Takes the round one move further on this page: open the stop's thread, or put its reminder in. Never sends. */
  private async driveRound(): Promise<void> {
    const round = this.state.round;
    // Of several webmail tabs, the one the user looks at does the round.
    if (!round || globalThis.document?.visibilityState === 'hidden') return;
    const key = roundStepKey(round);
    const page = this.lastPage;
    const threadId = page?.kind === 'thread' ? page.thread.threadId : undefined;
    const shown = this.state.threadId === threadId ? (this.state.thread?.tracked.map((v) => v.invoice.id) ?? []) : [];
    const move = roundMove(round, { threadId, shownInvoiceIds: shown, opened: this.roundOpened === key, inserted: this.roundInserted === key });
    if (move.kind === 'open-thread') {
      this.roundOpened = key;
      this.adapter.openThread(move.threadId);
    } else if (move.kind === 'insert') {
      this.roundInserted = key;
      await this.insertReminder(move.invoiceId);
    }
  }

  /** "Track an invoice of this thread" when detection found none: an empty form, the other party as the debtor. */
  trackManually = (): void => {
    const page = this.lastPage;
    const thread = this.state.thread;
    if (page?.kind !== 'thread' || !thread) return;
    const account = page.thread.account?.toLowerCase();
    const other = [...page.thread.messages].reverse().find((m) => m.from.email.toLowerCase() !== account);
    const debtor = other && other.from.email.toLowerCase() !== account ? other.from : undefined;
    const last = page.thread.messages[page.thread.messages.length - 1];
    this.set({ thread: { ...thread, candidate: { confidence: 0, messageId: last?.id ?? '', debtor } } });
  };

  /** Records the payment a notice reports (the mail as its evidence), after the user's click: never on its own. */
  confirmPayment = async (notice: PaymentNoticeView): Promise<void> => {
    try {
      const view = await sendFromWebmail('event:add', {
        invoiceId: notice.invoiceId,
        kind: 'payment',
        occurredOn: notice.receivedOn,
        data: { amount: notice.amount, receivedOn: notice.receivedOn, method: `${notice.service} (mail ${notice.messageId})`.slice(0, 200) },
      });
      const thread = this.state.thread;
      if (thread)
        this.set({ thread: { ...thread, payments: thread.payments?.filter((p) => p.messageId !== notice.messageId || p.invoiceId !== notice.invoiceId) } });
      if (thread?.tracked.some((v) => v.invoice.id === view.invoice.id)) this.replaceView(view);
      this.set({ notice: { key: 'sb_payment_recorded', tone: 'ok' } });
    } catch (error) {
      this.fail(error);
    }
  };

  /** The user's explicit choice of the client's language: every invoice of that client shown here follows it. */
  setClientLanguage = async (invoiceId: string, language: Language): Promise<void> => {
    if (!(await this.update(() => sendFromWebmail('client:language', { invoiceId, language })))) return;
    const thread = this.state.thread;
    const client = thread?.tracked.find((v) => v.invoice.id === invoiceId)?.client;
    if (thread && client) this.set({ thread: { ...thread, tracked: thread.tracked.map((v) => (v.client.id === client.id ? { ...v, client } : v)) } });
  };

  /** The webmail's own search for these words, when the webmail has search links. */
  searchUrl = (query: string): string | undefined => this.adapter.searchUrl?.(query);

  markPaid = (invoiceId: string): Promise<boolean> => this.update(() => sendFromWebmail('invoice:set-status', { invoiceId, status: 'paid' }));

  togglePause = (invoiceId: string, paused: boolean): Promise<boolean> => this.update(() => sendFromWebmail('invoice:pause', { invoiceId, paused }));

  setWorkFinished = (invoiceId: string, workFinishedOn: string): Promise<boolean> =>
    this.update(() => sendFromWebmail('invoice:set-work-finished', { invoiceId, workFinishedOn }));

  /** Resolves false when nothing was saved (the error is shown), so the form keeps what the user typed. */
  addEvent = (invoiceId: string, event: EventRequest): Promise<boolean> => this.update(() => sendFromWebmail('event:add', { invoiceId, ...event }));

  /** The user's reading of a misread reply; resolves false when nothing was saved (the error is shown). */
  correctReply = (invoiceId: string, eventId: string, correction: Omit<RequestOf<'reply:correct'>, 'invoiceId' | 'eventId'>): Promise<boolean> =>
    this.update(() => sendFromWebmail('reply:correct', { invoiceId, eventId, ...correction }));

  exportFile = async (invoiceId: string, kind: 'formal-notice' | 'docx' | 'csv' | 'json' | 'payment-qr' | CourtDocument): Promise<void> => {
    try {
      const file =
        kind === 'formal-notice'
          ? await sendFromWebmail('export:formal-notice', { invoiceIds: [invoiceId] })
          : kind === 'payment-qr'
            ? await sendFromWebmail('export:payment-qr', { invoiceIds: [invoiceId] })
            : kind === 'payment-order' || kind === 'small-claims-dossier'
              ? await sendFromWebmail('export:court-document', { invoiceIds: [invoiceId], document: kind })
              : await sendFromWebmail('export:evidence', { invoiceId, format: kind });
      this.saveFile(file);
      this.set({ notice: { key: 'sb_export_done', args: [file.fileName], tone: 'ok' } });
      await this.update(() => sendFromWebmail('invoice:get', { invoiceId }));
    } catch (error) {
      this.fail(error);
    }
  };

  /** Opens a letter as a print-ready A4 page in a new tab (the background opens it: a webmail page cannot). */
  openLetter = async (invoiceId: string, document: 'formal-notice' | CourtDocument): Promise<void> => {
    try {
      await sendFromWebmail('letter:open', { invoiceIds: [invoiceId], document });
    } catch (error) {
      this.fail(error);
    }
  };

  /** Runs a write and shows its result; a success clears an earlier error, which would otherwise claim the retry failed too. */
  private async update(call: () => Promise<InvoiceView>): Promise<boolean> {
    try {
      this.replaceView(await call());
      if (this.state.notice?.tone === 'error') this.set({ notice: undefined });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  /** An error as the user should read it, in the sidebar's language. */
  private explain(error: unknown): string {
    return explainError(error, translatorFrom(this.state.strings));
  }

  /** Shows a failed action under the sidebar's generic "could not answer" line. */
  private fail(error: unknown): void {
    this.set({ notice: { key: 'sb_error', args: [this.explain(error)], tone: 'error' } });
  }

  /** What the user copies to report an unreadable page: which hooks matched and the page's anonymised structure. */
  diagnostics(): string {
    return this.adapter.diagnose();
  }
}

const sameMessages = (a: readonly MailMessage[], b: readonly MailMessage[]) => a.length === b.length && a.every((m, i) => m === b[i]);
