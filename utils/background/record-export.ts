import type { ExportKind } from '../export/file-name';
import type { FileOut } from '../messages';
import { mutateInvoice } from './mutate-invoice';
import type { HandlerContext } from './router';

/** Every export leaves a trace in the timeline with the file's SHA-256, so the file handed over can be matched later. */
export async function recordExport(ctx: HandlerContext, invoiceIds: string[], what: ExportKind, file: Pick<FileOut, 'fileName' | 'sha256'>): Promise<void> {
  const today = ctx.today();
  for (const id of invoiceIds) {
    await mutateInvoice(ctx, id, () => ({ events: [{ kind: 'export', occurredOn: today, data: { what, fileName: file.fileName, sha256: file.sha256 } }] }));
  }
}
