import { EInvoiceError } from '../einvoice-error';
import type { EInvoice } from '../types';
import { invoiceFromXml } from '../xml/invoice-from-xml';
import { listEmbeddedFiles, type EmbeddedFile } from './embedded-files';
import { PdfDocument } from './pdf-document';

/**
 * Invoice attachment names in order of preference: Factur-X / ZUGFeRD 2.1+, XRechnung in ZUGFeRD 2.2,
 * ZUGFeRD 2.0, ZUGFeRD 1.0 (a PDF carrying both 1.0 and 2.x XML is read from the 2.x one).
 */
const INVOICE_NAMES = ['factur-x.xml', 'xrechnung.xml', 'zugferd-invoice.xml'];
const ZUGFERD_1_NAME = 'ZUGFeRD-invoice.xml';

function rank(file: EmbeddedFile): number {
  if (file.name === ZUGFERD_1_NAME) return INVOICE_NAMES.length;
  const known = INVOICE_NAMES.indexOf(file.name.toLowerCase());
  if (known >= 0) return known;
  // Any other XML is tried last, and kept only if its root is an invoice (so Order-X is skipped).
  return file.name.toLowerCase().endsWith('.xml') ? INVOICE_NAMES.length + 1 : -1;
}

/** Finds and reads the invoice XML embedded in a PDF; the first candidate that reads as an invoice wins. */
export async function invoiceFromPdf(bytes: Uint8Array): Promise<{ invoice: EInvoice; attachment: string }> {
  const doc = await PdfDocument.open(bytes);
  const candidates = (await listEmbeddedFiles(doc)).filter((file) => rank(file) >= 0).sort((a, b) => rank(a) - rank(b));
  let firstFailure: EInvoiceError | undefined;
  for (const file of candidates) {
    try {
      return { invoice: invoiceFromXml(await doc.decodeStream(file.stream)), attachment: file.name };
    } catch (error) {
      if (!(error instanceof EInvoiceError)) throw error;
      // An undecodable sibling attachment must not hide a readable one; its reason is kept if nothing reads.
      if (error.reason !== 'no-einvoice') firstFailure ??= error;
    }
  }
  if (firstFailure) throw firstFailure;
  if (candidates.length === 0 && !(await doc.catalog())) {
    throw new EInvoiceError('corrupt', 'the PDF structure is damaged and no attachment could be found');
  }
  throw new EInvoiceError('no-einvoice', 'the PDF carries no invoice XML');
}
