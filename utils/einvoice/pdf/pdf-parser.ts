import { EInvoiceError } from '../einvoice-error';
import { LIMITS } from '../limits';
import { indexOfBytes } from './byte-search';
import { PdfKeyword, PdfName, PdfRef, PdfStream, PdfString, type PdfDict, type PdfObject } from './pdf-objects';

enum Ch {
  Tab = 9,
  Lf = 10,
  Ff = 12,
  Cr = 13,
  Space = 32,
  Percent = 37,
  LParen = 40,
  RParen = 41,
  Plus = 43,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Lt = 60,
  Gt = 62,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  LBrace = 123,
  RBrace = 125,
  Hash = 35,
}

const utf8 = new TextDecoder('utf-8');

function isWhite(c: number): boolean {
  return c === Ch.Space || c === Ch.Lf || c === Ch.Cr || c === Ch.Tab || c === Ch.Ff || c === 0;
}

function isDelimiter(c: number): boolean {
  return (
    c === Ch.LParen ||
    c === Ch.RParen ||
    c === Ch.Lt ||
    c === Ch.Gt ||
    c === Ch.LBracket ||
    c === Ch.RBracket ||
    c === Ch.LBrace ||
    c === Ch.RBrace ||
    c === Ch.Slash ||
    c === Ch.Percent
  );
}

function isDigit(c: number): boolean {
  return c >= Ch.Zero && c <= Ch.Nine;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** An indirect object read at a file offset: "num gen obj ... endobj". */
export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfObject;
  /** Offset just past the object (past the stream data for a stream). */
  end: number;
}

/**
 * Reads PDF objects from a byte buffer (ISO 32000 §7.2-7.3). `resolveLength` turns an indirect /Length into a
 * number; a missing or wrong /Length falls back to searching "endstream".
 */
export class PdfParser {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    pos = 0,
    private readonly resolveLength: (value: PdfObject) => number | undefined = (v) => (typeof v === 'number' ? v : undefined),
  ) {
    this.pos = pos;
  }

  /** Skips white space and comments. */
  skipWhite(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (isWhite(c)) this.pos++;
      else if (c === Ch.Percent) {
        while (this.pos < b.length && b[this.pos] !== Ch.Lf && b[this.pos] !== Ch.Cr) this.pos++;
      } else break;
    }
  }

  /** Reads a regular-character token (number or keyword) without interpreting it. */
  private readRegular(): string {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length && !isWhite(b[this.pos]) && !isDelimiter(b[this.pos])) this.pos++;
    let s = '';
    for (let i = start; i < this.pos; i++) s += String.fromCharCode(b[i]);
    return s;
  }

  /** Reads a non-negative integer, or returns undefined and leaves the position unchanged. */
  readInt(): number | undefined {
    const save = this.pos;
    this.skipWhite();
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length && isDigit(b[this.pos])) this.pos++;
    if (this.pos === start || (this.pos < b.length && !isWhite(b[this.pos]) && !isDelimiter(b[this.pos]))) {
      this.pos = save;
      return undefined;
    }
    let n = 0;
    for (let i = start; i < this.pos; i++) n = n * 10 + (b[i] - Ch.Zero);
    return n;
  }

  /** Reads the keyword `word` if it is next; otherwise leaves the position unchanged. */
  readKeyword(word: string): boolean {
    const save = this.pos;
    this.skipWhite();
    if (this.readRegular() === word) return true;
    this.pos = save;
    return false;
  }

  /** Reads one object (a reference "n g R" included). */
  parseObject(depth = 0): PdfObject {
    if (depth > LIMITS.objectDepth) throw new EInvoiceError('corrupt', 'PDF objects nested too deeply');
    this.skipWhite();
    const b = this.bytes;
    if (this.pos >= b.length) throw new EInvoiceError('corrupt', 'PDF ends in the middle of an object');
    const c = b[this.pos];
    if (c === Ch.Slash) return this.parseName();
    if (c === Ch.LParen) return this.parseLiteralString();
    if (c === Ch.Lt) return b[this.pos + 1] === Ch.Lt ? this.parseDict(depth) : this.parseHexString();
    if (c === Ch.LBracket) return this.parseArray(depth);
    if (isDelimiter(c)) {
      this.pos++;
      return new PdfKeyword(String.fromCharCode(c));
    }
    if (isDigit(c) || c === Ch.Plus || c === Ch.Minus || c === Ch.Dot) return this.parseNumberOrRef();
    const word = this.readRegular();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new PdfKeyword(word);
  }

  private parseNumberOrRef(): number | PdfRef {
    const token = this.readRegular();
    const value = Number(token);
    if (!Number.isFinite(value)) {
      // Real files hold oddities like "--5" or "0.0.1"; PDF readers take them as 0.
      return 0;
    }
    if (/^\d+$/.test(token)) {
      const afterFirst = this.pos;
      const gen = this.readInt();
      if (gen !== undefined && this.readKeyword('R')) return new PdfRef(value, gen);
      this.pos = afterFirst;
    }
    return value;
  }

  private parseName(): PdfName {
    const b = this.bytes;
    this.pos++; // '/'
    const chars: number[] = [];
    while (this.pos < b.length && !isWhite(b[this.pos]) && !isDelimiter(b[this.pos])) {
      const c = b[this.pos++];
      if (c === Ch.Hash && hexValue(b[this.pos]) >= 0 && hexValue(b[this.pos + 1]) >= 0) {
        chars.push(hexValue(b[this.pos]) * 16 + hexValue(b[this.pos + 1]));
        this.pos += 2;
      } else chars.push(c);
    }
    return new PdfName(utf8.decode(new Uint8Array(chars)));
  }

  private parseLiteralString(): PdfString {
    const b = this.bytes;
    this.pos++; // '('
    const out: number[] = [];
    let nesting = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (c === Ch.LParen) nesting++;
      else if (c === Ch.RParen && --nesting === 0) return new PdfString(new Uint8Array(out));
      if (c !== Ch.Backslash) {
        out.push(c);
        continue;
      }
      const e = b[this.pos++];
      if (e === 110)
        out.push(10); // \n
      else if (e === 114)
        out.push(13); // \r
      else if (e === 116)
        out.push(9); // \t
      else if (e === 98)
        out.push(8); // \b
      else if (e === 102)
        out.push(12); // \f
      else if (e === Ch.Cr) {
        if (b[this.pos] === Ch.Lf) this.pos++; // line continuation
      } else if (e === Ch.Lf) {
        // line continuation
      } else if (e >= 48 && e <= 55) {
        let octal = e - 48;
        for (let k = 0; k < 2 && b[this.pos] >= 48 && b[this.pos] <= 55; k++) octal = octal * 8 + (b[this.pos++] - 48);
        out.push(octal & 0xff);
      } else if (e !== undefined) out.push(e);
    }
    throw new EInvoiceError('corrupt', 'PDF string not terminated');
  }

  private parseHexString(): PdfString {
    const b = this.bytes;
    this.pos++; // '<'
    const out: number[] = [];
    let high = -1;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (c === Ch.Gt) {
        if (high >= 0) out.push(high * 16);
        return new PdfString(new Uint8Array(out));
      }
      const v = hexValue(c);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out.push(high * 16 + v);
        high = -1;
      }
    }
    throw new EInvoiceError('corrupt', 'PDF hex string not terminated');
  }

  private parseArray(depth: number): PdfObject[] {
    this.pos++; // '['
    const items: PdfObject[] = [];
    for (;;) {
      this.skipWhite();
      if (this.pos >= this.bytes.length) throw new EInvoiceError('corrupt', 'PDF array not terminated');
      if (this.bytes[this.pos] === Ch.RBracket) {
        this.pos++;
        return items;
      }
      const item = this.parseObject(depth + 1);
      if (item instanceof PdfKeyword && (item.word === 'endobj' || item.word === 'obj')) {
        throw new EInvoiceError('corrupt', 'PDF array not terminated');
      }
      items.push(item);
    }
  }

  private parseDict(depth: number): PdfDict {
    this.pos += 2; // '<<'
    const dict: PdfDict = new Map();
    const b = this.bytes;
    for (;;) {
      this.skipWhite();
      if (this.pos >= b.length) throw new EInvoiceError('corrupt', 'PDF dictionary not terminated');
      if (b[this.pos] === Ch.Gt && b[this.pos + 1] === Ch.Gt) {
        this.pos += 2;
        return dict;
      }
      const key = this.parseObject(depth + 1);
      if (!(key instanceof PdfName)) {
        if (key instanceof PdfKeyword && (key.word === 'endobj' || key.word === 'stream')) {
          throw new EInvoiceError('corrupt', 'PDF dictionary not terminated');
        }
        continue; // skip junk between entries, as lenient readers do
      }
      this.skipWhite();
      if (b[this.pos] === Ch.Gt && b[this.pos + 1] === Ch.Gt) {
        dict.set(key.name, null);
        continue;
      }
      const value = this.parseObject(depth + 1);
      if (!dict.has(key.name)) dict.set(key.name, value);
    }
  }

  /** Reads "num gen obj <object> [stream ... endstream]" at the current position. */
  parseIndirectObject(): IndirectObject {
    const num = this.readInt();
    const gen = this.readInt();
    if (num === undefined || gen === undefined || !this.readKeyword('obj')) {
      throw new EInvoiceError('corrupt', `no PDF object at offset ${this.pos}`);
    }
    const value = this.parseObject();
    if (value instanceof Map) {
      const save = this.pos;
      if (this.readKeyword('stream')) return { num, gen, value: this.readStreamData(value), end: this.pos };
      this.pos = save;
    }
    return { num, gen, value, end: this.pos };
  }

  private readStreamData(dict: PdfDict): PdfStream {
    const b = this.bytes;
    // The keyword is followed by CRLF or LF (a lone CR is tolerated).
    if (b[this.pos] === Ch.Cr) this.pos++;
    if (b[this.pos] === Ch.Lf) this.pos++;
    const start = this.pos;
    const length = this.resolveLength(dict.get('Length') ?? null);
    if (length !== undefined && length >= 0 && start + length <= b.length && this.endstreamAt(start + length)) {
      this.pos = start + length;
      this.readKeyword('endstream');
      return new PdfStream(dict, b.subarray(start, start + length));
    }
    const end = indexOfBytes(b, 'endstream', start);
    if (end < 0) throw new EInvoiceError('corrupt', 'PDF stream without endstream');
    let dataEnd = end;
    if (b[dataEnd - 1] === Ch.Lf) dataEnd--;
    if (b[dataEnd - 1] === Ch.Cr) dataEnd--;
    this.pos = end + 'endstream'.length;
    return new PdfStream(dict, b.subarray(start, Math.max(start, dataEnd)));
  }

  private endstreamAt(offset: number): boolean {
    let i = offset;
    while (i < this.bytes.length && isWhite(this.bytes[i])) i++;
    return indexOfBytes(this.bytes, 'endstream', i, i + 9) === i;
  }
}
