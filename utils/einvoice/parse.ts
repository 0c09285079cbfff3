import { EInvoiceError } from './einvoice-error';
import { LIMITS } from './limits';
import { invoiceFromPdf } from './pdf/invoice-attachment';
import type { EInvoice, EInvoiceReadResult } from './types';
import { invoiceFromXml } from './xml/invoice-from-xml';

export type { EInvoice, EInvoiceFailureReason, EInvoiceReadResult } from './types';

/**
 * Reads an e-invoice from a PDF (Factur-X / ZUGFeRD / XRechnung attachment) or a bare XML (CII, UBL).
 * Never throws: a failure comes back with its reason ('no-einvoice', 'encrypted', 'too-large', 'corrupt',
 * 'unsupported-filter', 'doctype', 'incomplete') and a technical message for logs.
 */
export async function readEInvoice(bytes: Uint8Array): Promise<EInvoiceReadResult> {
  try {
    if (!(bytes instanceof Uint8Array)) throw new EInvoiceError('corrupt', 'expected bytes (Uint8Array)');
    if (bytes.length > LIMITS.inputBytes) {
      throw new EInvoiceError('too-large', `the file is over ${LIMITS.inputBytes} bytes`);
    }
    const kind = sniff(bytes);
    if (kind === 'pdf') {
      const { invoice, attachment } = await invoiceFromPdf(bytes);
      return { ok: true, invoice, source: { kind: 'pdf', attachment } };
    }
    if (kind === 'xml') return { ok: true, invoice: invoiceFromXml(bytes), source: { kind: 'xml' } };
    throw new EInvoiceError('no-einvoice', 'neither a PDF nor an XML file');
  } catch (error) {
    if (error instanceof EInvoiceError) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: 'corrupt', message: `unreadable file: ${String(error)}` };
  }
}

/**
 * The e-invoice in a PDF or XML file, or null when there is none. Null also covers every failure (encrypted,
 * corrupt, too large, ...): callers that must tell the user why use readEInvoice.
 */
export async function parseEInvoice(bytes: Uint8Array): Promise<EInvoice | null> {
  const result = await readEInvoice(bytes);
  return result.ok ? result.invoice : null;
}

/** XML starts with "<" (after a BOM and blanks); a PDF has "%PDF-" in its first KB (mail gateways may prepend junk). */
function sniff(bytes: Uint8Array): 'pdf' | 'xml' | undefined {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return 'xml';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (/^(ï»¿)?\s*</.test(head)) return 'xml';
  return head.includes('%PDF-') ? 'pdf' : undefined;
}
