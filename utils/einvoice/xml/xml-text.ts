import { EInvoiceError } from '../einvoice-error';

const DECLARATION = /^\s*<\?xml\b[^>]*\?>/;
const ENCODING = /encoding\s*=\s*["']([^"']*)["']/;

/**
 * XML bytes → text ready for the parser: BOM honoured (UTF-8, UTF-16), else the declared encoding when the
 * platform knows it, else UTF-8 (a sample declares "UTF-8-W/O-BOM"). The declaration is dropped since the text
 * is already decoded; a DOCTYPE is refused (no entity expansion, no external entities).
 */
export function xmlText(bytes: Uint8Array): string {
  const text = new TextDecoder(encodingOf(bytes)).decode(bytes);
  if (/<!DOCTYPE/i.test(text)) throw new EInvoiceError('doctype', 'the XML declares a DOCTYPE, refused');
  return text.replace(DECLARATION, '').replace(/^\s+/, '');
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = DECLARATION.exec(head) ? ENCODING.exec(head)?.[1] : undefined;
  if (!label) return 'utf-8';
  try {
    const known = new TextDecoder(label).encoding;
    // A one-byte-per-char label on UTF-16 or UTF-8 bytes is what real files get wrong; the BOM cases are above.
    return known.startsWith('utf-16') ? 'utf-8' : known;
  } catch {
    return 'utf-8';
  }
}
