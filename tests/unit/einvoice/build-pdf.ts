/** Builds small PDFs byte by byte for the reader's tests (classic xref tables, xref streams, object streams). */
import { deflateSync } from 'node:zlib';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A stream object body: `dict` entries (without << >>), /Length added. */
export function streamBody(dict: string, data: Uint8Array): Uint8Array {
  return concat([latin1(`<<${dict} /Length ${data.length}>>\nstream\n`), data, latin1('\nendstream')]);
}

/** A FlateDecode stream object body. */
export function flateBody(dict: string, data: Uint8Array | string): Uint8Array {
  const raw = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return streamBody(`${dict} /Filter /FlateDecode`, new Uint8Array(deflateSync(raw)));
}

export interface PdfObjectSpec {
  num: number;
  body: string | Uint8Array;
  /** Put the object in an object stream (only for non-stream objects; needs xref: 'stream'). */
  compressed?: boolean;
}

export interface BuildOptions {
  root: number;
  /** 'table' (classic), 'stream' (PDF 1.5 xref stream with PNG Up predictor), or 'none' (no xref at all). */
  xref?: 'table' | 'stream' | 'none';
  /** Extra trailer entries, e.g. "/Encrypt 99 0 R". */
  trailer?: string;
  /** Shift every xref offset by this much (a broken table). */
  offsetError?: number;
}

/** Assembles a complete PDF file. */
export function buildPdf(objects: PdfObjectSpec[], options: BuildOptions): Uint8Array {
  const xref = options.xref ?? 'table';
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0].length;
  const offsets = new Map<number, number>();
  const compressed = new Map<number, { stream: number; index: number }>();
  const push = (num: number, body: string | Uint8Array) => {
    offsets.set(num, length);
    const bytes = concat([latin1(`${num} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]);
    parts.push(bytes);
    length += bytes.length;
  };
  const inStream = objects.filter((o) => o.compressed);
  const maxNum = objects.reduce((max, o) => Math.max(max, o.num), 0);
  let next = maxNum + 1;
  if (inStream.length > 0) {
    const objStmNum = next++;
    let header = '';
    let data = '';
    inStream.forEach((o, index) => {
      header += `${o.num} ${data.length} `;
      data += `${o.body as string}\n`;
      compressed.set(o.num, { stream: objStmNum, index });
    });
    push(objStmNum, flateBody(`/Type /ObjStm /N ${inStream.length} /First ${header.length}`, header + data));
  }
  for (const o of objects) if (!o.compressed) push(o.num, o.body);
  const size = next + (xref === 'stream' ? 1 : 0);
  const trailer = `/Size ${size} /Root ${options.root} 0 R ${options.trailer ?? ''}`;
  const shift = options.offsetError ?? 0;
  const xrefAt = length;
  if (xref === 'table') {
    let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let n = 1; n < size; n++) {
      const at = offsets.get(n);
      table += at === undefined ? '0000000000 65535 f \n' : `${String(at + shift).padStart(10, '0')} 00000 n \n`;
    }
    parts.push(latin1(`${table}trailer\n<<${trailer}>>\nstartxref\n${xrefAt}\n%%EOF\n`));
  } else if (xref === 'stream') {
    const xrefNum = next;
    offsets.set(xrefNum, xrefAt);
    const rows: number[][] = [];
    for (let n = 0; n < size; n++) {
      const c = compressed.get(n);
      const at = offsets.get(n);
      if (c) rows.push([2, c.stream >> 8, c.stream & 255, c.index]);
      else if (at !== undefined) rows.push([1, ((at + shift) >> 8) & 255, (at + shift) & 255, 0]);
      else rows.push([0, 0, 0, 0]);
    }
    if (rows.some((_, n) => (offsets.get(n) ?? 0) > 0xffff)) throw new Error('test PDF too large for /W [1 2 1]');
    // PNG "Up" predictor on 4-byte rows, as PDF writers do.
    const filtered: number[] = [];
    rows.forEach((row, r) => {
      filtered.push(2, ...row.map((v, i) => (v - (r > 0 ? rows[r - 1][i] : 0)) & 255));
    });
    const body = streamBody(
      `/Type /XRef ${trailer} /W [1 2 1] /Filter /FlateDecode /DecodeParms <</Predictor 12 /Columns 4>>`,
      new Uint8Array(deflateSync(Uint8Array.from(filtered))),
    );
    push(xrefNum, body);
    parts.push(latin1(`startxref\n${xrefAt}\n%%EOF\n`));
  } else {
    parts.push(latin1(`trailer\n<<${trailer}>>\n%%EOF\n`));
  }
  return concat(parts);
}

/** The usual Factur-X objects: catalog, /Names tree, filespec, /EF, embedded file, and an /AF array. */
export function facturXObjects(
  xml: Uint8Array | string,
  options: { name?: string; compressed?: boolean; efIndirect?: boolean; afOnly?: boolean } = {},
): PdfObjectSpec[] {
  const name = options.name ?? 'factur-x.xml';
  const c = options.compressed ?? false;
  const ef = options.efIndirect ? '6 0 R' : '<</F 5 0 R /UF 5 0 R>>';
  const objects: PdfObjectSpec[] = [
    {
      num: 1,
      body: options.afOnly ? '<</Type /Catalog /Pages 2 0 R /AF [4 0 R]>>' : '<</Type /Catalog /Pages 2 0 R /Names 3 0 R /AF [4 0 R]>>',
      compressed: c,
    },
    { num: 2, body: '<</Type /Pages /Kids [] /Count 0>>', compressed: c },
    { num: 3, body: `<</EmbeddedFiles <</Names [(${name}) 4 0 R]>>>>`, compressed: c },
    { num: 4, body: `<</Type /Filespec /F (${name}) /UF (${name}) /AFRelationship /Alternative /EF ${ef}>>`, compressed: c },
    { num: 5, body: flateBody('/Type /EmbeddedFile /Subtype /text#2Fxml', xml) },
  ];
  if (options.efIndirect) objects.push({ num: 6, body: '<</F 5 0 R>>', compressed: c });
  return objects;
}
