import { sha256Hex } from '../../evidence/sha256';
import { renderEvidenceDocx } from '../../export/evidence-docx';
import { fileNameFor, type ExportKind } from '../../export/file-name';
import { renderFormalNotice } from '../../export/formal-notice';
import { effectiveRateTable } from '../../legal/rates';
import { computeAmountOwed } from '../../legal/amount-owed';
import { holidayRegionFor } from '../../legal/holidays';
import { timelineCsv } from '../../export/timeline-csv';
import { timelineJson } from '../../export/timeline-json';
import type { FileOut } from '../../messages';
import type { CreditorIdentity } from '../../model/settings';
import { bytesToBase64 } from '../../messaging/base64';
import { mutateInvoice, readInvoice } from '../mutate-invoice';
import type { Handler, HandlerContext } from '../router';
import { UserInputError } from '../user-input-error';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const encoder = new TextEncoder();

/** The mise en demeure letter (DOCX) for one or more invoices of the same debtor, recorded in each timeline. */
export const exportFormalNotice: Handler<'export:formal-notice'> = async ({ invoiceIds }, ctx) => {
  const today = ctx.today();
  const snapshots = await Promise.all(invoiceIds.map((id) => readInvoice(ctx, id)));
  const { client, settings } = snapshots[0];
  if (snapshots.some((s) => s.client.id !== client.id)) throw new UserInputError('A formal notice covers the invoices of one debtor only.');
  const bytes = await renderFormalNotice({
    creditor: { ...creditorParty(settings.creditor), representative: settings.creditor.representative, iban: settings.creditor.iban },
    debtor: { name: client.company || client.name, address: client.address, siren: client.siren, vatId: client.vatId, email: client.emails[0]?.email, kind: client.kind },
    invoices: snapshots.map(({ invoice, timeline }) => ({
      number: invoice.number,
      issueDate: invoice.issueDate,
      issueDateUnknown: invoice.issueDateUnknown,
      dueDate: invoice.dueDate,
      amountDue: invoice.amountDue,
      contractualRate: invoice.contractualRate ?? settings.contractualRate,
      // The same figures as the sidebar and the mails; the letter is the notice when none was recorded yet.
      charges: computeAmountOwed({ invoice, debtor: client.kind, events: timeline, asOf: today, defaultContractualRate: settings.contractualRate, rates: effectiveRateTable(settings.rateOverrides), formalNoticeOnAsOf: true }),
    })),
    asOf: today,
    deadlineDays: settings.formalNoticeDeadlineDays,
    language: client.language ?? settings.language,
    rates: effectiveRateTable(settings.rateOverrides),
    region: holidayRegionFor(settings.department),
  }).catch((error: Error) => {
    // The letter refuses what it cannot honestly claim (an invoice not yet due, nothing left to pay, mixed currencies).
    throw new UserInputError(error.message);
  });
  const file = await fileOut(bytes, DOCX, 'formal-notice', client.name, snapshots.length === 1 ? snapshots[0].invoice.number : undefined, today, client.language ?? settings.language);
  await recordExport(ctx, invoiceIds, 'formal-notice', file);
  return file;
};

/** The evidence file of one invoice: DOCX dossier, or the timeline as CSV or JSON. */
export const exportEvidence: Handler<'export:evidence'> = async ({ invoiceId, format }, ctx) => {
  const today = ctx.today();
  const { invoice, client, timeline, settings } = await readInvoice(ctx, invoiceId);
  const language = settings.language;
  const invoices = [invoice];
  let file: FileOut;
  if (format === 'docx') {
    // The dossier is written in the client's language, like the letters it gathers; the CSV stays the user's sheet.
    const dossierLanguage = client.language ?? language;
    const bytes = await renderEvidenceDocx({
      creditor: creditorParty(settings.creditor),
      client,
      invoices,
      events: timeline,
      asOf: today,
      language: dossierLanguage,
      rates: effectiveRateTable(settings.rateOverrides),
      defaultContractualRate: settings.contractualRate,
    });
    file = await fileOut(bytes, DOCX, 'evidence-docx', client.name, invoice.number, today, dossierLanguage);
  } else if (format === 'csv') {
    file = await fileOut(encoder.encode(timelineCsv({ invoices, events: timeline, language, delimiter: language === 'fr' ? ';' : ',' })), 'text/csv;charset=utf-8', 'evidence-csv', client.name, invoice.number, today, language);
  } else {
    const json = await timelineJson({ client, invoices, events: timeline, exportedAt: new Date().toISOString() });
    file = await fileOut(encoder.encode(json), 'application/json', 'evidence-json', client.name, invoice.number, today, language);
  }
  await recordExport(ctx, [invoiceId], `evidence-${format}` as ExportKind, file);
  return file;
};

/** The user's identity as the letter and the dossier print it ('—' until the options page is filled). */
function creditorParty(creditor: CreditorIdentity) {
  return { name: creditor.name || '—', address: creditor.address, siren: creditor.siren, vatId: creditor.vatId, email: creditor.email, city: creditor.city };
}

async function fileOut(bytes: Uint8Array, mimeType: string, kind: ExportKind, client: string, invoiceNumber: string | undefined, date: string, language: 'fr' | 'en'): Promise<FileOut> {
  return { fileName: fileNameFor(kind, { date, client, invoiceNumber, language }), mimeType, base64: bytesToBase64(bytes), sha256: await sha256Hex(bytes) };
}

/** Every export leaves a trace in the timeline with the file's SHA-256, so the file handed over can be matched later. */
async function recordExport(ctx: HandlerContext, invoiceIds: string[], what: ExportKind, file: FileOut): Promise<void> {
  const today = ctx.today();
  for (const id of invoiceIds) {
    await mutateInvoice(ctx, id, () => ({ events: [{ kind: 'export', occurredOn: today, data: { what, fileName: file.fileName, sha256: file.sha256 } }] }));
  }
}

