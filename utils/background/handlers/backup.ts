import { sha256Hex } from '../../evidence/sha256';
import { readBackup, serializeBackup, type BackupChunk, type CheckedBackup } from '../../export/backup';
import type { Client } from '../../model/client';
import type { Invoice } from '../../model/invoice';
import { DivergenceError, type RestoreSource } from '../../store/relance-store';
import { fileNameFor } from '../../export/file-name';
import { bytesToBase64 } from '../../messaging/base64';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';
import { NO_PROGRESS, type ProgressReport } from '../../progress/progress-report';
import { CancelledError } from '../progress-hub';
import type { Language } from '../../model/language';
import { createRestoreSessions } from '../restore-sessions';

/** The whole database as one versioned JSON file, read in one transaction. */
export const exportBackup: Handler<'backup:export'> = async (_request, ctx) => {
  const data = await ctx.store.dump();
  const settings = await ctx.store.getSettings();
  const clients = data.clients.map(({ emailKeys: _derived, ...client }) => client);
  const bytes = new TextEncoder().encode(serializeBackup({ clients, invoices: data.invoices, events: data.events, settings, templates: data.templates }));
  return {
    fileName: fileNameFor('backup', { date: ctx.today(), language: settings.language }),
    mimeType: 'application/json',
    base64: bytesToBase64(bytes),
    sha256: await sha256Hex(bytes),
  };
};

/**
 * Opens a restore the page uploads piece by piece: each piece is checked as it arrives, nothing is written before the
 * last, then everything is replaced in one transaction: never half an import. The page may cancel it (progressId):
 * while checking nothing is written yet, and while writing the transaction is aborted.
 */
export const restoreBegin: Handler<'backup:restore-begin'> = async ({ progressId, size }, ctx) => {
  const language = (await ctx.store.getSettings()).language;
  const progress = ctx.progress ? ctx.progress.report(progressId, 'restore') : NO_PROGRESS;
  restoreSessions(ctx).begin(progressId, size, async (chunks) => {
    try {
      return await restoreFromChunks(chunks, language, progress, ctx);
    } catch (error) {
      if (error instanceof CancelledError) throw new UserInputError('Restore cancelled: nothing was changed.', 'restore-cancelled');
      throw error;
    }
  });
  return { started: true };
};

export const restorePiece: Handler<'backup:restore-piece'> = async ({ progressId, index, text }, ctx) => {
  await restoreSessions(ctx).piece(progressId, index, text);
  return { received: true };
};

export const restoreEnd: Handler<'backup:restore-end'> = ({ progressId }, ctx) => restoreSessions(ctx).end(progressId);

// One set per context, so per run of the worker; made on first use.
const restoreSessions = (ctx: HandlerContext) => (ctx.restores ??= createRestoreSessions());

type RestoreRecord = ReturnType<RestoreSource['records']> extends Iterable<infer R> ? R : never;

/** Reads and checks the whole file as it streams by, then writes it in one transaction (RelanceStore.restore). */
export async function restoreFromChunks(
  chunks: AsyncIterable<BackupChunk> | Iterable<BackupChunk>,
  language: Language,
  progress: ProgressReport,
  ctx: Pick<HandlerContext, 'store'>,
): Promise<{ counts: Record<string, number> }> {
  const parsed = await readBackup(chunks, language, progress);
  if (!parsed.ok) throw new UserInputError(parsed.error);
  const { backup } = parsed;
  const { counts } = parsed.report;
  const idsByNumber = invoiceIdsByNumber(backup);
  try {
    await ctx.store.exclusive(() =>
      ctx.store.restore(
        {
          settings: backup.settings,
          total: counts.clients + counts.invoices + counts.events + counts.templates,
          *records() {
            for (const record of backup.records.records()) {
              if (record.name === 'clients') {
                const client = record.value as Client;
                yield { name: 'clients', value: { ...client, emailKeys: client.emails.map((e) => e.email.trim().toLowerCase()) } };
              } else yield record as RestoreRecord;
            }
          },
          hashAt: backup.chains.hashAt,
          invoiceIdsNumbered: (number) => idsByNumber.get(number) ?? [],
        },
        progress,
      ),
    );
  } catch (error) {
    if (!(error instanceof DivergenceError)) throw error;
    const number = error.number ?? invoiceNumberIn(backup, error.invoiceId);
    throw new UserInputError(`Backup refused: the timeline of invoice ${number} differs from event ${error.seq} on.`, 'backup-diverges', [
      number,
      String(error.seq),
    ]);
  }
  return { counts };
}

/** The ids the backup gives each invoice number. */
function invoiceIdsByNumber(backup: CheckedBackup): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const { name, value } of backup.records.records()) {
    if (name !== 'invoices') continue;
    const { id, number } = value as Invoice;
    ids.set(number, [...(ids.get(number) ?? []), id]);
  }
  return ids;
}

/** The number the backup gives an invoice (looked up only to word a refusal). */
function invoiceNumberIn(backup: CheckedBackup, invoiceId: string): string {
  for (const { name, value } of backup.records.records()) {
    if (name === 'invoices' && (value as Invoice).id === invoiceId) return (value as Invoice).number;
  }
  return invoiceId;
}

export const backupHandlers = {
  'backup:export': exportBackup,
  'backup:restore-begin': restoreBegin,
  'backup:restore-piece': restorePiece,
  'backup:restore-end': restoreEnd,
} satisfies HandlersIn<'backup'>;
