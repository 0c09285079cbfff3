import { EInvoiceError } from '../einvoice-error';
import { decodeAscii85, decodeAsciiHex } from './ascii-filters';
import { inflate } from './inflate';
import type { PdfDict } from './pdf-objects';
import { undoPngPredictor } from './png-predictor';

/** One step of a stream's /Filter chain with its /DecodeParms. */
export interface FilterStep {
  name: string;
  params?: PdfDict;
}

function numberParam(params: PdfDict | undefined, key: string, fallback: number): number {
  const value = params?.get(key);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Applies a stream's filters in order; output capped at `maxBytes` per step. */
export async function decodeFilters(data: Uint8Array, steps: FilterStep[], maxBytes: number): Promise<Uint8Array> {
  let out = data;
  for (const { name, params } of steps) {
    if (name === 'FlateDecode' || name === 'Fl') out = applyPredictor(await inflate(out, maxBytes), params);
    else if (name === 'ASCIIHexDecode' || name === 'AHx') out = decodeAsciiHex(out);
    else if (name === 'ASCII85Decode' || name === 'A85') out = decodeAscii85(out);
    else throw new EInvoiceError('unsupported-filter', `stream filter /${name} is not supported`);
    if (out.length > maxBytes) throw new EInvoiceError('too-large', `a stream decodes past ${maxBytes} bytes`);
  }
  return out;
}

function applyPredictor(data: Uint8Array, params: PdfDict | undefined): Uint8Array {
  const predictor = numberParam(params, 'Predictor', 1);
  if (predictor === 1) return data;
  if (predictor < 10) throw new EInvoiceError('unsupported-filter', `TIFF predictor ${predictor} is not supported`);
  return undoPngPredictor(data, numberParam(params, 'Colors', 1), numberParam(params, 'BitsPerComponent', 8), numberParam(params, 'Columns', 1));
}
