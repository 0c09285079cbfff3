import { browser } from 'wxt/browser';
import { sha256Hex } from '../../evidence/sha256';
import { fileNameFor } from '../../export/file-name';
import { asUserError } from '../document-refusal';
import { heavyWorkOf } from '../heavy-work';
import { letterRequestFor } from '../letter-inputs';
import { readInvoices } from '../mutate-invoice';
import { recordExport } from '../record-export';
import type { Handler, HandlersIn } from '../router';

const encoder = new TextEncoder();

/** Opens the print-ready A4 page of a letter in a new tab; the page asks for its document itself (letter:get). */
export const openLetter: Handler<'letter:open'> = async ({ invoiceIds, document }) => {
  const query = new URLSearchParams({ document, invoices: invoiceIds.join(',') });
  await browser.tabs.create({ url: browser.runtime.getURL(`/letter.html?${query}`) });
  return { opened: true };
};

/**
 * A letter as blocks for the print-ready A4 page, recorded as an A4 export. The hash is of the document's content
 * as the page prints it: the PDF's own bytes are the browser's and never reach Relance.
 */
export const letterDocument: Handler<'letter:get'> = async ({ invoiceIds, document }, ctx) => {
  const today = ctx.today();
  const snapshots = await readInvoices(ctx, invoiceIds);
  const doc = await heavyWorkOf(ctx)({ kind: 'letter-blocks', letter: letterRequestFor(snapshots, today, document) }).catch(asUserError);
  const kind = `${document}-a4` as const;
  const sha256 = await sha256Hex(encoder.encode(JSON.stringify(doc)));
  const { client, invoice } = snapshots[0];
  const fileName = fileNameFor(kind, {
    date: today,
    client: client.name,
    invoiceNumber: snapshots.length === 1 ? invoice.number : undefined,
    language: doc.language,
  });
  await recordExport(ctx, invoiceIds, kind, { fileName, sha256 });
  return doc;
};

export const letterHandlers = {
  'letter:open': openLetter,
  'letter:get': letterDocument,
} satisfies HandlersIn<'letter'>;
