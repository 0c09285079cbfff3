import { PdfName, PdfString, type PdfObject } from './pdf-objects';

/** Decodes a PDF text string (ISO 32000 §7.9.2.2): UTF-16BE or UTF-8 with a BOM, else PDFDocEncoding (~latin1). */
export function pdfTextString(value: PdfObject | undefined): string | undefined {
  if (value instanceof PdfName) return value.name;
  if (!(value instanceof PdfString)) return undefined;
  const b = value.bytes;
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder('utf-8').decode(b.subarray(3));
  return new TextDecoder('latin1').decode(b);
}
