import { bytesToBase64 } from '../../utils/messaging/base64';
import { localDate } from '../../utils/calendar/today';
import { downloadBlob, downloadFile } from '../../utils/content/download-file';
import { invoiceListCsv } from '../../utils/dashboard/invoice-list-csv';
import { backupPieces } from '../../utils/export/backup-pieces';
import { createStore } from '../../utils/state/create-store';
import { URGENCY_ORDER, nextSortOrder, type SortKey, type SortOrder } from '../../utils/dashboard/invoice-sort';
import { isDashboardView, type DashboardView } from '../../utils/dashboard/invoice-filter';
import { parseAmountInput } from '../../utils/forms/amount-input';
import { createTranslator } from '../../utils/i18n/translate';
import { type Language, type Translate } from '../../utils/i18n/translator';
import type { Settings } from '../../utils/model/settings';
import type { ChargesView, CourtDocument, InvoiceSummary, JudicialView } from '../../utils/model/view';
import type { EInvoiceFacts, ProgressEvent, RequestOf } from '../../utils/messages';
import { listenProgress } from '../common/listen-progress';
import { send } from '../../utils/messaging/send';
import { debtorCommunes } from '../common/debtor-communes';
import type { ImportFlow } from './import-flow';
import { explainError } from '../../utils/errors/explain-error';
import { openRound } from '../common/open-round';
import type { RoundView } from '../../utils/round/round-view';

export interface DashboardState {
  status: 'loading' | 'ready' | 'error';
  language: Language;
  t: Translate;
  today: string;
  invoices: InvoiceSummary[];
  settings?: Settings;
  view: DashboardView;
  query: string;
  sort: SortOrder;
  /** The invoice whose management panel is open. */
  openId?: string;
  /** The mail threads of the open invoice (every thread it was seen in), to open in the webmail. */
  openThreads?: Array<{ threadId: string; url: string; subject: string }>;
  /** What that invoice owes today (the sidebar's figures, from invoice:get). */
  openCharges?: ChargesView;
  /** From the formal notice on: its judicial steps, the same as the sidebar's. */
  openJudicial?: JudicialView;
  /** The communes of the debtor's postcode (Etalab's table, loaded by this page only when a court step shows). */
  openCommunes?: string[];
  /** Which side panel is open. */
  panel: 'none' | 'new' | 'import';
  busy: boolean;
  message?: { text: string; tone: 'ok' | 'error' };
  import?: ImportFlow;
  /** A long task this page started, as the background reports it (restore). */
  progress?: ProgressEvent;
  /** Today's round (started here, carried on in the webmail). */
  round?: RoundView;
}

/** The dashboard's state and the intents its components emit; every write goes through the background. */
export function createDashboardStore() {
  const hash = location.hash.slice(1);
  const store = createStore<DashboardState>({
    status: 'loading',
    language: 'fr',
    t: createTranslator('fr'),
    today: localDate(),
    invoices: [],
    view: isDashboardView(hash) ? hash : 'all',
    query: '',
    sort: URGENCY_ORDER,
    panel: 'none',
    busy: false,
  });

  const fail = (error: unknown) =>
    store.set({ busy: false, message: { text: store.get().t('dash_failed', explainError(error, store.get().t)), tone: 'error' } });

  async function load() {
    try {
      const [settings, invoices, round] = await Promise.all([send('settings:get', {}), send('invoice:list', {}), send('round:get', {})]);
      store.set({ status: 'ready', settings, invoices, round, language: settings.language, t: createTranslator(settings.language), today: localDate() });
    } catch (error) {
      store.set({ status: 'error', message: { text: store.get().t('dash_error', explainError(error, store.get().t)), tone: 'error' } });
      return;
    }
    await loadCharges(store.get().openId).catch(fail);
  }

  /** The open invoice's figures and every thread it was seen in; a panel closed or switched meanwhile keeps nothing stale. */
  async function loadCharges(id: string | undefined) {
    if (!id) return store.set({ openCharges: undefined, openThreads: undefined, openJudicial: undefined });
    const view = await send('invoice:get', { invoiceId: id });
    if (store.get().openId === id)
      store.set({ openCharges: view.charges, openThreads: view.threads ?? [], openJudicial: view.judicial, openCommunes: undefined });
    const postcode = view.judicial?.court.postcode;
    if (postcode) {
      const communes = await debtorCommunes(postcode);
      if (store.get().openId === id) store.set({ openCommunes: communes });
    }
  }

  /** Runs a write, then reloads the list and says `done`. */
  async function write(job: () => Promise<unknown>, done?: () => string) {
    store.set({ busy: true, message: undefined });
    try {
      await job();
      await load();
      store.set({ busy: false, message: done ? { text: done(), tone: 'ok' } : undefined });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }

  const today = () => store.get().today;
  const t = () => store.get().t;

  /** Runs a long task with a progressId, showing what the background reports on it until it ends. */
  async function withProgress<T>(run: (progressId: string) => Promise<T>): Promise<T> {
    const progressId = crypto.randomUUID();
    const stop = listenProgress(progressId, (progress) => store.set({ progress }));
    try {
      return await run(progressId);
    } finally {
      stop();
      store.set({ progress: undefined });
    }
  }

  async function roundAction(call: () => Promise<RoundView>) {
    try {
      store.set({ round: await call() });
    } catch (error) {
      fail(error);
    }
  }

  return {
    store,
    load,
    write,
    withProgress,
    startRound: (resume: boolean) => roundAction(() => openRound(resume)),
    closeRound: () => roundAction(() => send('round:stop', { close: true })),
    setView: (view: DashboardView) => store.set({ view }),
    setQuery: (query: string) => store.set({ query }),
    sortBy: (key: SortKey) => store.set((s) => ({ sort: nextSortOrder(s.sort, key) })),
    toggleOpen: (id: string) => {
      store.set((s) => ({
        openId: s.openId === id ? undefined : id,
        openCharges: undefined,
        openThreads: undefined,
        openJudicial: undefined,
        message: undefined,
      }));
      void loadCharges(store.get().openId).catch(fail);
    },
    showPanel: (panel: DashboardState['panel']) => store.set((s) => ({ panel: s.panel === panel ? 'none' : panel, message: undefined })),
    setLanguage: (language: Language) =>
      write(async () => {
        await send('settings:save', { settings: { language } });
      }),
    /** A dropped Factur-X/XML read by the background: its facts, or why there are none. */
    readEInvoice: async (file: File): Promise<EInvoiceFacts | string> => {
      try {
        const result = await send('einvoice:read', { base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())), fileName: file.name });
        return result.ok ? result.facts : result.message;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    createInvoice: (fields: RequestOf<'invoice:create'>['fields']) =>
      write(
        () => send('invoice:create', { fields }),
        () => t()('dash_new_saved', fields.number),
      ),
    markPaid: (id: string) =>
      write(
        () => send('invoice:set-status', { invoiceId: id, status: 'paid' }),
        () => t()('dash_done'),
      ),
    cancel: (id: string) =>
      write(
        () => send('invoice:set-status', { invoiceId: id, status: 'cancelled' }),
        () => t()('dash_done'),
      ),
    addNote: (id: string, text: string) =>
      write(
        () => send('event:add', { invoiceId: id, kind: 'note', occurredOn: today(), data: { text } }),
        () => t()('dash_done'),
      ),
    /** Records a partial payment; returns false (and says why) when the amount cannot be read. */
    partialPayment(invoice: InvoiceSummary, amountText: string, receivedOn: string) {
      const minor = parseAmountInput(amountText);
      if (minor === null || minor <= 0) {
        store.set({ message: { text: t()('dash_amount_invalid'), tone: 'error' } });
        return Promise.resolve(false);
      }
      const amount = { minor, currency: invoice.amountDue.currency };
      return write(
        () => send('event:add', { invoiceId: invoice.id, kind: 'payment', occurredOn: receivedOn, data: { amount, receivedOn, full: false } }),
        () => t()('dash_done'),
      );
    },
    exportEvidence: (id: string, format: 'docx' | 'csv' | 'json') =>
      withProgress((progressId) => write(async () => downloadFile(await send('export:evidence', { invoiceId: id, format, progressId })))),
    exportCourtDocument: (id: string, document: CourtDocument) =>
      write(async () => downloadFile(await send('export:court-document', { invoiceIds: [id], document }))),
    /** The letter as a print-ready A4 page in a new tab. */
    openLetter: (id: string, document: 'formal-notice' | CourtDocument) => send('letter:open', { invoiceIds: [id], document }).catch(fail),
    /** The rows the user is looking at, as a spreadsheet. */
    exportList(rows: InvoiceSummary[]) {
      const { language } = store.get();
      const fileName = `${t()('dash_list_file')}-${today()}.csv`;
      downloadBlob(fileName, new Blob([invoiceListCsv(rows, language, t())], { type: 'text/csv;charset=utf-8' }));
      store.set({ message: { text: t()('dash_downloaded', fileName), tone: 'ok' } });
    },
    async backup() {
      store.set({ busy: true, message: undefined });
      try {
        const file = await send('backup:export', {});
        downloadFile(file);
        store.set({ busy: false, message: { text: t()('dash_downloaded', file.fileName), tone: 'ok' } });
      } catch (error) {
        fail(error);
      }
    },
    /** Restore can stop anywhere: nothing is written before its one transaction, which a cancel aborts. */
    cancelProgress() {
      const progress = store.get().progress;
      if (progress) void send('progress:cancel', { progressId: progress.progressId }).catch(fail);
    },
    async restore(file: File) {
      if (!confirm(t()('dash_restore_confirm'))) return;
      let invoices = 0;
      await withProgress((progressId) =>
        write(
          async () => {
            // In pieces, each checked by the background before the next is read: a 100 MB file is never one string.
            await send('backup:restore-begin', { progressId, size: file.size });
            let index = 0;
            for await (const text of backupPieces(file)) await send('backup:restore-piece', { progressId, index: index++, text });
            invoices = (await send('backup:restore-end', { progressId })).counts.invoices ?? 0;
          },
          () => t()('dash_restored', invoices),
        ),
      );
    },
  };
}

export type DashboardActions = ReturnType<typeof createDashboardStore>;
