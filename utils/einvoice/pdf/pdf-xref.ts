import { EInvoiceError } from '../einvoice-error';
import { indexOfBytes, lastIndexOfBytes } from './byte-search';
import { PdfStream, asName, type PdfDict, type PdfObject } from './pdf-objects';
import { PdfParser } from './pdf-parser';

/** Where an object lives: at a file offset, or as the index-th object of an object stream. */
export type XrefEntry = { kind: 'offset'; offset: number } | { kind: 'compressed'; stream: number; index: number };

export interface XrefResult {
  entries: Map<number, XrefEntry>;
  /** Trailer keys, the newest section winning. */
  trailer: PdfDict;
}

type DecodeStream = (stream: PdfStream) => Promise<Uint8Array>;

/**
 * Reads the cross-reference chain from "startxref" back through /Prev (tables, streams and hybrid /XRefStm),
 * newest first: the first entry met for an object wins. Throws 'corrupt' when the chain cannot be read.
 */
export async function readXrefChain(bytes: Uint8Array, decode: DecodeStream): Promise<XrefResult> {
  const at = lastIndexOfBytes(bytes, 'startxref', Math.max(0, bytes.length - 4096));
  if (at < 0) throw new EInvoiceError('corrupt', 'no startxref');
  const parser = new PdfParser(bytes, at + 'startxref'.length);
  const start = parser.readInt();
  if (start === undefined) throw new EInvoiceError('corrupt', 'bad startxref');
  const shift = pdfHeaderOffset(bytes);

  const result: XrefResult = { entries: new Map(), trailer: new Map() };
  const seen = new Set<number>();
  const queue: number[] = [start];
  while (queue.length > 0) {
    const requested = queue.shift()!;
    const offset = sectionOffset(bytes, requested, shift);
    if (offset === undefined) throw new EInvoiceError('corrupt', `no cross-reference section at ${requested}`);
    if (seen.has(offset)) continue; // a /Prev loop
    seen.add(offset);
    const section = isTableAt(bytes, offset) ? readTable(bytes, offset, result.entries) : await readStream(bytes, offset, result.entries, decode);
    for (const [key, value] of section) if (!result.trailer.has(key)) result.trailer.set(key, value);
    // A hybrid file's /XRefStm comes before its /Prev (ISO 32000 §7.5.8.4).
    const xrefStm = section.get('XRefStm');
    if (typeof xrefStm === 'number') queue.unshift(xrefStm);
    const prev = section.get('Prev');
    if (typeof prev === 'number') queue.push(prev);
  }
  return result;
}

/** Where "%PDF-" starts: some files carry bytes before it that their offsets do not count. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  return Math.max(0, indexOfBytes(bytes, '%PDF-', 0, 1024));
}

function isTableAt(bytes: Uint8Array, offset: number): boolean {
  return indexOfBytes(bytes, 'xref', offset, offset + 4) === offset;
}

function sectionOffset(bytes: Uint8Array, offset: number, shift: number): number | undefined {
  for (const candidate of [offset, offset + shift]) {
    if (candidate < 0 || candidate >= bytes.length) continue;
    const p = new PdfParser(bytes, candidate);
    p.skipWhite();
    if (isTableAt(bytes, p.pos)) return p.pos;
    const save = p.pos;
    if (p.readInt() !== undefined && p.readInt() !== undefined && p.readKeyword('obj')) return save;
  }
  return undefined;
}

function readTable(bytes: Uint8Array, offset: number, entries: Map<number, XrefEntry>): PdfDict {
  const p = new PdfParser(bytes, offset + 4);
  for (;;) {
    if (p.readKeyword('trailer')) break;
    const first = p.readInt();
    const count = p.readInt();
    if (first === undefined || count === undefined) throw new EInvoiceError('corrupt', 'bad cross-reference table');
    for (let i = 0; i < count; i++) {
      const entryOffset = p.readInt();
      const gen = p.readInt();
      const inUse = p.readKeyword('n');
      if (entryOffset === undefined || gen === undefined || (!inUse && !p.readKeyword('f'))) {
        throw new EInvoiceError('corrupt', 'bad cross-reference entry');
      }
      if (inUse && entryOffset > 0 && !entries.has(first + i)) {
        entries.set(first + i, { kind: 'offset', offset: entryOffset });
      }
    }
  }
  const trailer = p.parseObject();
  if (!(trailer instanceof Map)) throw new EInvoiceError('corrupt', 'bad trailer');
  return trailer;
}

async function readStream(bytes: Uint8Array, offset: number, entries: Map<number, XrefEntry>, decode: DecodeStream): Promise<PdfDict> {
  const { value } = new PdfParser(bytes, offset).parseIndirectObject();
  if (!(value instanceof PdfStream) || asName(value.dict.get('Type')) !== 'XRef') {
    throw new EInvoiceError('corrupt', 'cross-reference stream expected');
  }
  const dict = value.dict;
  const widths = numbers(dict.get('W'));
  const size = dict.get('Size');
  const index = numbers(dict.get('Index')) ?? (typeof size === 'number' ? [0, size] : undefined);
  if (!widths || widths.length < 3 || !index || widths.some((w) => w < 0 || w > 8)) {
    throw new EInvoiceError('corrupt', 'bad cross-reference stream dictionary');
  }
  const data = await decode(value);
  const rowLength = widths[0] + widths[1] + widths[2];
  let row = 0;
  for (let s = 0; s + 1 < index.length; s += 2) {
    const [first, count] = [index[s], index[s + 1]];
    for (let i = 0; i < count; i++, row++) {
      const at = row * rowLength;
      if (at + rowLength > data.length) return dict;
      const type = widths[0] === 0 ? 1 : field(data, at, widths[0]);
      const f2 = field(data, at + widths[0], widths[1]);
      const f3 = field(data, at + widths[0] + widths[1], widths[2]);
      const num = first + i;
      if (entries.has(num)) continue;
      if (type === 1 && f2 > 0) entries.set(num, { kind: 'offset', offset: f2 });
      else if (type === 2) entries.set(num, { kind: 'compressed', stream: f2, index: f3 });
    }
  }
  return dict;
}

function field(data: Uint8Array, at: number, width: number): number {
  let v = 0;
  for (let k = 0; k < width; k++) v = v * 256 + data[at + k];
  return v;
}

function numbers(value: PdfObject | undefined): number[] | undefined {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number')) return undefined;
  return value as number[];
}
