import { EInvoiceError } from '../einvoice-error';
import { LIMITS } from '../limits';
import { scanObjects } from './pdf-fallback-scan';
import { PdfName, PdfRef, PdfStream, asDict, type PdfDict, type PdfObject } from './pdf-objects';
import { PdfParser } from './pdf-parser';
import { pdfHeaderOffset, readXrefChain, type XrefEntry } from './pdf-xref';
import { decodeFilters, type FilterStep } from './stream-filters';

interface ObjectStream {
  parser: PdfParser;
  /** Object number and absolute offset in the decoded data, in stream order. */
  members: Array<{ num: number; offset: number }>;
}

/** A PDF opened for reading objects on demand: cross-reference chain first, a full scan when it is broken. */
export class PdfDocument {
  private entries = new Map<number, XrefEntry>();
  private scanned?: Map<number, number>;
  private readonly cache = new Map<number, PdfObject>();
  private readonly loading = new Set<number>();
  private readonly objectStreams = new Map<number, Promise<ObjectStream>>();
  private decodedBytes = 0;
  trailer: PdfDict = new Map();

  private constructor(readonly bytes: Uint8Array) {}

  /** Opens a PDF; throws 'encrypted' for an encrypted file, 'corrupt' when no object can be found. */
  static async open(bytes: Uint8Array): Promise<PdfDocument> {
    const doc = new PdfDocument(bytes);
    try {
      const xref = await readXrefChain(bytes, (stream) => doc.decodeStream(stream));
      doc.entries = xref.entries;
      doc.trailer = xref.trailer;
      if (doc.trailer.has('Encrypt')) throw new EInvoiceError('encrypted', 'the PDF is encrypted');
      if (!(await doc.catalog())) throw new EInvoiceError('corrupt', 'no catalog');
    } catch (error) {
      if (error instanceof EInvoiceError && (error.reason === 'too-large' || error.reason === 'encrypted')) throw error;
      await doc.recover();
    }
    if (doc.trailer.has('Encrypt')) throw new EInvoiceError('encrypted', 'the PDF is encrypted');
    return doc;
  }

  /** The document catalog, or undefined when it cannot be read. */
  async catalog(): Promise<PdfDict | undefined> {
    return asDict(await this.resolve(this.trailer.get('Root')));
  }

  /** Object numbers known to the document (for a scan of every object). */
  objectNumbers(): number[] {
    return [...new Set([...this.entries.keys(), ...(this.scanned?.keys() ?? [])])];
  }

  /** The value of a reference (followed through chains), or the value itself. Unreadable objects are null. */
  async resolve(value: PdfObject | undefined): Promise<PdfObject> {
    let current = value ?? null;
    for (let hops = 0; current instanceof PdfRef; hops++) {
      if (hops > 32) return null;
      current = await this.getObject(current.num);
    }
    return current;
  }

  /** Object `num`, or null when it does not exist or cannot be read. */
  async getObject(num: number): Promise<PdfObject> {
    if (this.cache.has(num)) return this.cache.get(num)!;
    if (this.loading.has(num)) return null; // a reference cycle
    this.loading.add(num);
    try {
      const value = await this.loadObject(num);
      this.cache.set(num, value);
      return value;
    } catch (error) {
      if (error instanceof EInvoiceError && error.reason !== 'corrupt') throw error;
      this.cache.set(num, null);
      return null;
    } finally {
      this.loading.delete(num);
    }
  }

  /** The decoded data of a stream, honouring the per-stream and per-document caps. */
  async decodeStream(stream: PdfStream): Promise<Uint8Array> {
    const steps = await this.filterSteps(stream.dict);
    const remaining = LIMITS.documentDecodedBytes - this.decodedBytes;
    if (remaining <= 0) throw new EInvoiceError('too-large', 'the PDF decodes to too much data');
    const data = await decodeFilters(stream.data, steps, Math.min(LIMITS.streamBytes, remaining));
    this.decodedBytes += data.length;
    return data;
  }

  private async filterSteps(dict: PdfDict): Promise<FilterStep[]> {
    const filter = await this.resolve(dict.get('Filter'));
    const params = await this.resolve(dict.get('DecodeParms') ?? dict.get('DP'));
    const names = Array.isArray(filter) ? filter : filter === null ? [] : [filter];
    const paramList = Array.isArray(params) ? params : [params];
    const steps: FilterStep[] = [];
    for (let i = 0; i < names.length; i++) {
      const name = await this.resolve(names[i]);
      if (!(name instanceof PdfName)) throw new EInvoiceError('corrupt', 'bad stream /Filter');
      steps.push({ name: name.name, params: asDict(await this.resolve(paramList[i] ?? null)) });
    }
    return steps;
  }

  private async loadObject(num: number): Promise<PdfObject> {
    const entry = this.entries.get(num);
    if (entry?.kind === 'compressed') return this.loadCompressed(num, entry.stream, entry.index);
    const offsets = entry ? [entry.offset, entry.offset + pdfHeaderOffset(this.bytes)] : [];
    for (const offset of offsets) {
      const value = this.tryParseAt(num, offset);
      if (value !== undefined) return value;
    }
    // The table pointed nowhere useful: look the object up in a scan of the whole file.
    const scanned = this.scan().get(num);
    if (scanned !== undefined && !offsets.includes(scanned)) return this.tryParseAt(num, scanned) ?? null;
    return null;
  }

  private tryParseAt(num: number, offset: number): PdfObject | undefined {
    if (offset < 0 || offset >= this.bytes.length) return undefined;
    try {
      const object = new PdfParser(this.bytes, offset, (v) => this.lengthOf(v)).parseIndirectObject();
      return object.num === num ? object.value : undefined;
    } catch (error) {
      if (error instanceof EInvoiceError && error.reason !== 'corrupt') throw error;
      return undefined;
    }
  }

  /** A stream's /Length, read synchronously: an indirect length in a not-yet-decoded object stream is unknown. */
  private lengthOf(value: PdfObject): number | undefined {
    if (typeof value === 'number') return value;
    if (!(value instanceof PdfRef)) return undefined;
    const cached = this.cache.get(value.num);
    if (typeof cached === 'number') return cached;
    const entry = this.entries.get(value.num);
    const offset = entry?.kind === 'offset' ? entry.offset : this.scanned?.get(value.num);
    if (offset === undefined) return undefined;
    try {
      const object = new PdfParser(this.bytes, offset).parseIndirectObject();
      return object.num === value.num && typeof object.value === 'number' ? object.value : undefined;
    } catch {
      return undefined;
    }
  }

  private async loadCompressed(num: number, streamNum: number, index: number): Promise<PdfObject> {
    const objectStream = await this.objectStream(streamNum);
    const member = objectStream.members[index]?.num === num ? objectStream.members[index] : objectStream.members.find((m) => m.num === num);
    if (!member) return null;
    objectStream.parser.pos = member.offset;
    return objectStream.parser.parseObject();
  }

  private objectStream(num: number): Promise<ObjectStream> {
    let pending = this.objectStreams.get(num);
    if (!pending) {
      pending = this.readObjectStream(num);
      this.objectStreams.set(num, pending);
    }
    return pending;
  }

  private async readObjectStream(num: number): Promise<ObjectStream> {
    const stream = await this.getObject(num);
    if (!(stream instanceof PdfStream)) throw new EInvoiceError('corrupt', `object stream ${num} missing`);
    const data = await this.decodeStream(stream);
    const count = stream.dict.get('N');
    const first = stream.dict.get('First');
    if (typeof count !== 'number' || typeof first !== 'number') {
      throw new EInvoiceError('corrupt', `bad object stream ${num}`);
    }
    const parser = new PdfParser(data);
    const members: ObjectStream['members'] = [];
    for (let i = 0; i < count; i++) {
      const memberNum = parser.readInt();
      const offset = parser.readInt();
      if (memberNum === undefined || offset === undefined) break;
      members.push({ num: memberNum, offset: first + offset });
    }
    return { parser, members };
  }

  private scan(): Map<number, number> {
    if (!this.scanned) this.scanned = scanObjects(this.bytes).offsets;
    return this.scanned;
  }

  /** Rebuilds the object table from a scan of the file, object streams unpacked. */
  private async recover(): Promise<void> {
    const scan = scanObjects(this.bytes);
    this.scanned = scan.offsets;
    this.entries = new Map([...scan.offsets].map(([num, offset]) => [num, { kind: 'offset', offset }] as const));
    this.trailer = scan.trailer;
    this.cache.clear();
    for (const streamNum of scan.objectStreams) {
      try {
        const { members } = await this.objectStream(streamNum);
        members.forEach(({ num }, index) => {
          if (!this.entries.has(num)) this.entries.set(num, { kind: 'compressed', stream: streamNum, index });
        });
      } catch (error) {
        if (error instanceof EInvoiceError && error.reason === 'too-large') throw error;
        // An unreadable object stream only hides its own objects.
      }
    }
    if (this.entries.size === 0) throw new EInvoiceError('corrupt', 'no PDF object found');
  }
}
