import { PdfStream, asName, type PdfDict } from './pdf-objects';
import { PdfParser } from './pdf-parser';

export interface ScanResult {
  /** Object number → offset of its last definition in the file (later incremental updates win). */
  offsets: Map<number, number>;
  /** Trailer keys from "trailer" dictionaries and cross-reference streams, the last one in the file winning. */
  trailer: PdfDict;
  /** Numbers of the object streams met, to be unpacked by the caller. */
  objectStreams: number[];
}

const OBJ_HEADER = /(\d{1,10})[ \t\r\n\f\0]+(\d{1,5})[ \t\r\n\f\0]+obj\b/g;
const TRAILER = /trailer[ \t\r\n\f\0]*<</g;

/**
 * Rebuilds the object table by reading the file front to back when its cross-reference data is missing or
 * wrong. Each object is parsed and the scan resumes after it, so stream data (a PDF embedded in the PDF) is
 * not mistaken for top-level objects.
 */
export function scanObjects(bytes: Uint8Array): ScanResult {
  // latin1 keeps one char per byte, so string indices are byte offsets.
  const text = new TextDecoder('latin1').decode(bytes);
  const result: ScanResult = { offsets: new Map(), trailer: new Map(), objectStreams: [] };
  const trailers: Array<{ at: number; dict: PdfDict }> = [];
  OBJ_HEADER.lastIndex = 0;
  for (let match = OBJ_HEADER.exec(text); match; match = OBJ_HEADER.exec(text)) {
    if (match.index > 0 && !/[\s\0]/.test(text[match.index - 1])) continue;
    try {
      const parser = new PdfParser(bytes, match.index);
      const object = parser.parseIndirectObject();
      result.offsets.set(object.num, match.index);
      if (object.value instanceof PdfStream) {
        const type = asName(object.value.dict.get('Type'));
        if (type === 'ObjStm') result.objectStreams.push(object.num);
        if (type === 'XRef') trailers.push({ at: match.index, dict: object.value.dict });
      }
      OBJ_HEADER.lastIndex = Math.max(object.end, match.index + match[0].length);
    } catch {
      // An unreadable object is skipped; the scan goes on from just after its header.
    }
  }
  TRAILER.lastIndex = 0;
  for (let match = TRAILER.exec(text); match; match = TRAILER.exec(text)) {
    try {
      const dict = new PdfParser(bytes, match.index + 'trailer'.length).parseObject();
      if (dict instanceof Map) trailers.push({ at: match.index, dict });
    } catch {
      // A broken trailer is ignored; others may still name the catalog.
    }
  }
  trailers.sort((a, b) => b.at - a.at);
  for (const { dict } of trailers) {
    for (const [key, value] of dict) if (!result.trailer.has(key)) result.trailer.set(key, value);
  }
  return result;
}
