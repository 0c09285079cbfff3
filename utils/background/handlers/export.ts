import { sha256Hex } from '../../evidence/sha256';
import { fileNameFor, type ExportKind } from '../../export/file-name';
import { effectiveRateTable } from '../../legal/rates';
import { paymentQrBlock } from '../../export/payment-qr-block';
import { timelineJson } from '../../export/timeline-json';
import type { FileOut } from '../../messages';
import { bytesToBase64 } from '../../messaging/base64';
import { readInvoice, readInvoices, type InvoiceSnapshot } from '../mutate-invoice';
import { asUserError } from '../document-refusal';
import { heavyWorkOf } from '../heavy-work';
import { creditorParty, formalNoticeInputFor, letterRequestFor } from '../letter-inputs';
import { recordExport } from '../record-export';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';
import type { Language } from '../../model/language';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const encoder = new TextEncoder();

/** The mise en demeure letter (DOCX) for one or more invoices of the same debtor, recorded in each timeline. */
export const exportFormalNotice: Handler<'export:formal-notice'> = async ({ invoiceIds }, ctx) => {
  const today = ctx.today();
  const snapshots = await readInvoices(ctx, invoiceIds);
  const letter = letterRequestFor(snapshots, today, 'formal-notice');
  const bytes = await heavyWorkOf(ctx)({ kind: 'letter-docx', letter }).catch(asUserError);
  return recordedFile(ctx, snapshots, bytes, DOCX, 'formal-notice', letter.input.language ?? 'fr');
};

/** The requête en injonction de payer or the small-claims dossier (DOCX), recorded in each timeline. */
export const exportCourtDocument: Handler<'export:court-document'> = async ({ invoiceIds, document }, ctx) => {
  const today = ctx.today();
  const snapshots = await readInvoices(ctx, invoiceIds);
  const bytes = await heavyWorkOf(ctx)({ kind: 'letter-docx', letter: letterRequestFor(snapshots, today, document) }).catch(asUserError);
  return recordedFile(ctx, snapshots, bytes, DOCX, document, 'fr');
};

/** The SEPA payment QR code (GIF) of what the invoices still owe, to attach to a reminder; refused without a usable IBAN. */
export const exportPaymentQr: Handler<'export:payment-qr'> = async ({ invoiceIds }, ctx) => {
  const snapshots = await readInvoices(ctx, invoiceIds);
  const input = formalNoticeInputFor(snapshots, ctx.today());
  const currency = input.invoices[0].amountDue.currency;
  // Reminders ask for the amount still due; the penalties are claimed by the mise en demeure.
  const amount = { minor: input.invoices.reduce((sum, i) => sum + (i.amountDue.currency === currency ? i.amountDue.minor : 0), 0), currency };
  const block = paymentQrBlock({ creditor: input.creditor, amount, invoiceNumbers: input.invoices.map((i) => i.number), language: input.language ?? 'fr' });
  if (!block) throw new UserInputError('A payment QR code needs your IBAN (options) and an amount in euros.', 'payment-qr-needs-iban');
  const gif = await heavyWorkOf(ctx)({ kind: 'payment-qr-gif', payload: block.payload, scale: 8 });
  return recordedFile(ctx, snapshots, gif, 'image/gif', 'payment-qr', input.language ?? 'fr');
};

async function recordedFile(
  ctx: HandlerContext,
  snapshots: InvoiceSnapshot[],
  bytes: Uint8Array,
  mimeType: string,
  kind: ExportKind,
  language: Language,
): Promise<FileOut> {
  const { client, invoice } = snapshots[0];
  const file = await fileOut(bytes, mimeType, kind, client.name, snapshots.length === 1 ? invoice.number : undefined, ctx.today(), language);
  await recordExport(
    ctx,
    snapshots.map((s) => s.invoice.id),
    kind,
    file,
  );
  return file;
}

/** The evidence file of one invoice: DOCX dossier, or the timeline as CSV or JSON. */
export const exportEvidence: Handler<'export:evidence'> = async ({ invoiceId, format, progressId }, ctx) => {
  const today = ctx.today();
  const { invoice, client, timeline, settings } = await readInvoice(ctx, invoiceId);
  const language = settings.language;
  const invoices = [invoice];
  let file: FileOut;
  if (format === 'docx') {
    // The dossier is written in the client's language, like the letters it gathers; the CSV stays the user's sheet.
    const dossierLanguage = client.language ?? language;
    const bytes = await heavyWorkOf(ctx)(
      {
        kind: 'evidence-docx',
        input: {
          creditor: creditorParty(settings.creditor),
          client,
          invoices,
          events: timeline,
          asOf: today,
          language: dossierLanguage,
          rates: effectiveRateTable(settings.rateOverrides),
          defaultContractualRate: settings.contractualRate,
        },
      },
      // No cancel: nothing is written until the file exists, and then only the export's own event.
      progressId && ctx.progress ? ctx.progress.report(progressId, 'export') : undefined,
    );
    file = await fileOut(bytes, DOCX, 'evidence-docx', client.name, invoice.number, today, dossierLanguage);
  } else if (format === 'csv') {
    const csv = await heavyWorkOf(ctx)({ kind: 'timeline-csv', input: { invoices, events: timeline, language, delimiter: language === 'fr' ? ';' : ',' } });
    file = await fileOut(encoder.encode(csv), 'text/csv;charset=utf-8', 'evidence-csv', client.name, invoice.number, today, language);
  } else {
    const json = await timelineJson({ client, invoices, events: timeline, exportedAt: new Date().toISOString() });
    file = await fileOut(encoder.encode(json), 'application/json', 'evidence-json', client.name, invoice.number, today, language);
  }
  await recordExport(ctx, [invoiceId], `evidence-${format}` as ExportKind, file);
  return file;
};

async function fileOut(
  bytes: Uint8Array,
  mimeType: string,
  kind: ExportKind,
  client: string,
  invoiceNumber: string | undefined,
  date: string,
  language: Language,
): Promise<FileOut> {
  return { fileName: fileNameFor(kind, { date, client, invoiceNumber, language }), mimeType, base64: bytesToBase64(bytes), sha256: await sha256Hex(bytes) };
}

export const exportHandlers = {
  'export:formal-notice': exportFormalNotice,
  'export:evidence': exportEvidence,
  'export:court-document': exportCourtDocument,
  'export:payment-qr': exportPaymentQr,
} satisfies HandlersIn<'export'>;
