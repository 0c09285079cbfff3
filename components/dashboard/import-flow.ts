import { browser } from 'wxt/browser';
import type { Store } from '../../utils/state/create-store';
import type { ColumnMapping, ImportField } from '../../utils/import/column-mapping';
import type { ImportPreview } from '../../utils/import/plan-import';
import { send } from '../../utils/messaging/send';
import type { DashboardState } from './dashboard-store';
import { explainError } from '../../utils/errors/explain-error';

/** The CSV import in progress: the file, the mapping being edited, and the background's preview of it. */
export interface ImportFlow {
  fileName: string;
  text: string;
  mapping: ColumnMapping;
  preview?: ImportPreview;
}

// Mappings are remembered per set of headers, in this browser only (they describe files, not invoices).
const MAPPINGS_KEY = 'import.mappings';

async function rememberedMappings(): Promise<Record<string, ColumnMapping>> {
  return ((await browser.storage.local.get(MAPPINGS_KEY))[MAPPINGS_KEY] as Record<string, ColumnMapping> | undefined) ?? {};
}

/** Import intents: choose a file, edit the mapping (the preview follows), commit. */
export function createImportActions(
  store: Store<DashboardState>,
  write: (job: () => Promise<unknown>, done?: () => string) => Promise<boolean>,
  withProgress: <T>(run: (progressId: string) => Promise<T>) => Promise<T>,
) {
  const fail = (error: unknown) =>
    store.set({ busy: false, message: { text: store.get().t('dash_failed', explainError(error, store.get().t)), tone: 'error' } });

  async function preview(flow: ImportFlow, mapping?: ColumnMapping) {
    store.set({ busy: true, message: undefined });
    try {
      const result = await send('import:csv-preview', { text: flow.text, mapping });
      store.set({ busy: false, import: { ...flow, mapping: result.mapping, preview: result } });
      return result;
    } catch (error) {
      fail(error);
      return undefined;
    }
  }

  return {
    async chooseFile(file: File) {
      const flow: ImportFlow = { fileName: file.name, text: await file.text(), mapping: {} };
      const first = await preview(flow);
      const remembered = first && (await rememberedMappings())[first.headerKey];
      if (remembered) await preview(flow, remembered);
    },
    setMapping(field: ImportField, header: string) {
      const flow = store.get().import;
      if (!flow) return;
      const mapping = { ...flow.mapping, [field]: header || undefined };
      if (!header) delete mapping[field];
      void preview(flow, mapping);
    },
    cancel: () => store.set({ import: undefined, panel: 'none' }),
    async commit() {
      const flow = store.get().import;
      if (!flow?.preview) return;
      let counts = { created: 0, merged: 0, skipped: 0 };
      const ok = await withProgress((progressId) =>
        write(
          async () => {
            counts = await send('import:csv-commit', { text: flow.text, fileName: flow.fileName, mapping: flow.mapping as Record<string, string>, progressId });
          },
          () => store.get().t('import_done', counts.created, counts.merged, counts.skipped),
        ),
      );
      if (!ok) return;
      const all = await rememberedMappings();
      await browser.storage.local.set({ [MAPPINGS_KEY]: { ...all, [flow.preview.headerKey]: flow.mapping } });
      store.set({ import: undefined, panel: 'none' });
    },
  };
}

export type ImportActions = ReturnType<typeof createImportActions>;
