import { sha256Hex } from '../../evidence/sha256';
import { chainDivergences } from '../../evidence/chain-divergence';
import { parseBackup, serializeBackup } from '../../export/backup';
import { fileNameFor } from '../../export/file-name';
import { bytesToBase64 } from '../../messaging/base64';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';
import { NO_PROGRESS, type ProgressReport } from '../../progress/progress-report';
import { CancelledError } from '../progress-hub';

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
 * Validates the whole file first, then replaces everything in one transaction: never half an import. The page may
 * cancel it (progressId): while checking nothing is written yet, and while writing the transaction is aborted.
 */
export const restoreBackup: Handler<'backup:restore'> = async ({ text, progressId }, ctx) => {
  const language = (await ctx.store.getSettings()).language;
  const progress = progressId && ctx.progress ? ctx.progress.report(progressId, 'restore') : NO_PROGRESS;
  try {
    return await restore(text, language, progress, ctx);
  } catch (error) {
    if (error instanceof CancelledError)
      throw new UserInputError(language === 'fr' ? 'Restauration annulée : rien n’a été modifié.' : 'Restore cancelled: nothing was changed.');
    throw error;
  }
};

async function restore(text: string, language: 'fr' | 'en', progress: ProgressReport, ctx: HandlerContext): Promise<{ counts: Record<string, number> }> {
  const parsed = await parseBackup(text, language, progress);
  if (!parsed.ok) throw new UserInputError(parsed.error);
  const { stores } = parsed.data;
  await ctx.store.exclusive(async () => {
    // A file that verifies on its own can still have been edited and re-hashed: it must agree with what this browser recorded.
    const [divergence] = chainDivergences((await ctx.store.dump()).events, stores.events);
    if (divergence) {
      const number = stores.invoices.find((i) => i.id === divergence.invoiceId)?.number ?? divergence.invoiceId;
      throw new UserInputError(
        language === 'fr'
          ? `Sauvegarde refusée : l'historique de la facture ${number} diffère, à partir de l'événement n° ${divergence.seq}, de celui que ce navigateur a enregistré. Rien n'a été modifié.`
          : `Backup refused: the timeline of invoice ${number} differs, from event no. ${divergence.seq}, from the one this browser recorded. Nothing was changed.`,
      );
    }
    await ctx.store.replaceAll(
      {
        clients: stores.clients.map((c) => ({ ...c, emailKeys: c.emails.map((e) => e.email.trim().toLowerCase()) })),
        invoices: stores.invoices,
        events: stores.events,
        settings: [stores.settings],
        templates: stores.templates,
      },
      progress,
    );
  });
  return { counts: parsed.report.counts };
}

export const backupHandlers = {
  'backup:export': exportBackup,
  'backup:restore': restoreBackup,
} satisfies HandlersIn<'backup'>;
