import { foldText } from '../../detect/fold';
import type { NewEvent } from '../../model/event';
import { guessMapping, headerSetKey, type ColumnMapping } from '../../import/column-mapping';
import { mapRows, type ImportedInvoice } from '../../import/map-rows';
import { heavyWorkOf } from '../heavy-work';
import { planImport, type ImportPreview, type KnownInvoice } from '../../import/plan-import';
import type { InvoiceSource } from '../../model/invoice';
import type { StoredClient } from '../../store/schema';
import { deriveInvoice } from '../derive-invoice';
import { feedInvoice } from '../feed-invoice';
import { mutateInvoice } from '../mutate-invoice';
import { newInvoice, trackedEventData } from '../new-invoice';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';
import { NO_PROGRESS } from '../../progress/progress-report';
import type { Language } from '../../model/language';

async function knownInvoices(ctx: HandlerContext): Promise<KnownInvoice[]> {
  const [invoices, clients] = await Promise.all([ctx.store.allInvoices(), ctx.store.allClients()]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  return invoices.map((i) => ({
    id: i.id,
    number: i.number,
    clientName: byId.get(i.clientId)?.name ?? '',
    clientEmails: byId.get(i.clientId)?.emailKeys ?? [],
  }));
}

async function plan(ctx: HandlerContext, text: string, mapping: ColumnMapping | undefined): Promise<ImportPreview> {
  const table = await heavyWorkOf(ctx)({ kind: 'parse-csv', text });
  if (table.headers.length === 0) throw new UserInputError('The file is empty.', 'empty-file');
  const used = mapping ?? guessMapping(table.headers);
  const settings = await ctx.store.getSettings();
  const rows = mapRows(table, used, { currency: 'EUR', paymentTermsDays: settings.paymentTermsDays });
  return { headers: table.headers, headerKey: headerSetKey(table.headers), mapping: used, rows: planImport(rows, await knownInvoices(ctx)) };
}

/** Reads a CSV through a mapping (the given one, else a guess) and says what importing it would do; writes nothing. */
export const csvPreview: Handler<'import:csv-preview'> = async ({ text, mapping }, ctx) => plan(ctx, text, mapping);

/** The debtor of an imported row: known by e-mail, else by name, else a new client record. */
async function clientFor(ctx: HandlerContext, row: ImportedInvoice, language: Language, at: string): Promise<{ client: StoredClient; created: boolean }> {
  const byEmail = row.clientEmail ? await ctx.store.findClientByEmail(row.clientEmail) : undefined;
  if (byEmail) return { client: byEmail, created: false };
  const byName = (await ctx.store.allClients()).find((c) => foldText(c.name).trim() === foldText(row.clientName).trim());
  if (byName) return { client: byName, created: false };
  const emails = row.clientEmail ? [{ email: row.clientEmail }] : [];
  const client: StoredClient = {
    id: crypto.randomUUID(),
    name: row.clientName,
    emails,
    emailKeys: emails.map((e) => e.email),
    kind: row.clientKind,
    language,
    languageSource: 'settings',
    createdAt: at,
    updatedAt: at,
    rev: 1,
  };
  return { client, created: true };
}

async function createFromRow(ctx: HandlerContext, row: ImportedInvoice, source: InvoiceSource): Promise<void> {
  const id = await ctx.store.exclusive(async () => {
    const settings = await ctx.store.getSettings();
    const now = new Date().toISOString();
    const { client, created } = await clientFor(ctx, row, settings.language, now);
    const invoice = newInvoice(
      {
        number: row.number,
        amountDue: row.amountDue,
        total: row.total,
        issueDate: row.issueDate,
        issueDateUnknown: row.issueDateUnknown,
        dueDate: row.dueDate,
      },
      client.id,
      source,
      now,
    );
    const events: NewEvent[] = [{ kind: 'invoice-tracked', occurredOn: ctx.today(), data: trackedEventData(invoice, 'csv') }];
    await ctx.store.commit({ invoice: deriveInvoice(invoice, client, [], settings, ctx.today()), client: created ? client : undefined, events });
    return invoice.id;
  });
  // Mails read before the import (a payment notice, a reminder thread) now find their invoice.
  await feedInvoice(ctx, id);
}

/**
 * Folds an imported row into the invoice already tracked: a lower amount due is a payment the invoicing tool
 * recorded, any other change of amount or due date a correction; both go on the timeline, nothing is rewritten silently.
 */
async function mergeRow(ctx: HandlerContext, existingId: string, row: ImportedInvoice, source: InvoiceSource): Promise<void> {
  const today = ctx.today();
  await mutateInvoice(ctx, existingId, ({ invoice }) => {
    const events: NewEvent[] = [];
    let next = invoice;
    const hasSource = invoice.sources.some((s) => s.kind === 'csv' && s.ref === source.ref);
    if (!hasSource) next = { ...next, sources: [...next.sources, source] };
    const sameCurrency = row.amountDue.currency === invoice.amountDue.currency;
    const settled = invoice.status === 'paid' || invoice.status === 'cancelled';
    if (sameCurrency && !settled && row.amountDue.minor < invoice.amountDue.minor) {
      const amount = { ...invoice.amountDue, minor: invoice.amountDue.minor - row.amountDue.minor };
      events.push({
        kind: 'payment',
        occurredOn: today,
        data: { amount, receivedOn: today, method: `CSV ${source.ref ?? ''}`.trim(), full: row.amountDue.minor === 0 },
      });
      next = { ...next, amountDue: row.amountDue };
    } else if (!settled && (!sameCurrency || row.amountDue.minor > invoice.amountDue.minor)) {
      events.push({
        kind: 'correction',
        occurredOn: today,
        data: { reason: `CSV ${source.ref ?? ''}: amount due ${invoice.amountDue.minor} → ${row.amountDue.minor} ${row.amountDue.currency} (minor units)` },
      });
      next = { ...next, amountDue: row.amountDue, total: row.total };
    }
    if (!settled && row.dueDate !== invoice.dueDate) {
      events.push({ kind: 'correction', occurredOn: today, data: { reason: `CSV ${source.ref ?? ''}: due date ${invoice.dueDate} → ${row.dueDate}` } });
      next = { ...next, dueDate: row.dueDate };
    }
    if (next === invoice) return undefined;
    return { invoice: next, events };
  });
}

/** Imports a CSV: re-plans it here (the page's preview is never trusted), then creates and merges row by row. */
export const csvCommit: Handler<'import:csv-commit'> = async ({ text, fileName, mapping, progressId }, ctx) => {
  const preview = await plan(ctx, text, mapping);
  const source = (): InvoiceSource => ({ kind: 'csv', ref: fileName, addedAt: new Date().toISOString() });
  const result = { created: 0, merged: 0, skipped: 0 };
  // Each row is its own transaction: the page sees how far it went, and is offered no cancel (half an import would stay).
  const progress = progressId && ctx.progress ? ctx.progress.report(progressId, 'import') : NO_PROGRESS;
  for (const [index, row] of preview.rows.entries()) {
    progress('writing', index, preview.rows.length);
    if (row.action === 'skip') result.skipped++;
    else if (row.action === 'create') {
      await createFromRow(ctx, row.invoice, source());
      result.created++;
    } else {
      await mergeRow(ctx, row.existingId, row.invoice, source());
      result.merged++;
    }
  }
  progress('writing', preview.rows.length, preview.rows.length);
  return result;
};

export const importHandlers = {
  'import:csv-preview': csvPreview,
  'import:csv-commit': csvCommit,
} satisfies HandlersIn<'import'>;
