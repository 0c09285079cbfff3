import { DOMParser, type Element } from '@xmldom/xmldom';
import { EInvoiceError } from '../einvoice-error';
import { LIMITS } from '../limits';
import { xmlText } from './xml-text';

/** Parses XML bytes into their root element (xmldom: no DOMParser in an MV3 service worker). */
export function parseXmlRoot(bytes: Uint8Array): Element {
  const text = xmlText(bytes);
  if (countTags(text) > LIMITS.xmlTags) throw new EInvoiceError('too-large', `the XML holds more than ${LIMITS.xmlTags} tags`);
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new EInvoiceError('corrupt', `unreadable XML: ${message}`);
    },
  });
  let root: Element | null;
  try {
    root = parser.parseFromString(text, 'application/xml').documentElement;
  } catch (error) {
    throw error instanceof EInvoiceError ? error : new EInvoiceError('corrupt', `unreadable XML: ${String(error)}`);
  }
  if (!root) throw new EInvoiceError('corrupt', 'the XML has no root element');
  return root;
}

/** Counts '<' cheaply, stopping as soon as the cap is passed. */
function countTags(text: string): number {
  let count = 0;
  for (let i = text.indexOf('<'); i !== -1 && count <= LIMITS.xmlTags; i = text.indexOf('<', i + 1)) count++;
  return count;
}
