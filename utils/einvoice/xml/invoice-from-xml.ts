import { assembleInvoice } from '../assemble-invoice';
import { EInvoiceError } from '../einvoice-error';
import type { EInvoice } from '../types';
import { isCiiInvoice, readCiiInvoice } from './cii-invoice';
import { parseXmlRoot } from './parse-xml';
import { isUblInvoice, readUblInvoice } from './ubl-invoice';

/** Reads an invoice from XML bytes (CII D16B, ZUGFeRD 1.0, UBL Invoice/CreditNote); 'no-einvoice' for other XML. */
export function invoiceFromXml(bytes: Uint8Array): EInvoice {
  const root = parseXmlRoot(bytes);
  if (isCiiInvoice(root)) return assembleInvoice(readCiiInvoice(root));
  if (isUblInvoice(root)) return assembleInvoice(readUblInvoice(root));
  const name = `{${root.namespaceURI ?? ''}}${root.localName}`;
  throw new EInvoiceError('no-einvoice', `the XML root ${name} is not an invoice`);
}
