/** PDFs with a huge or looping embedded file, or looping structure: the reader stops, with a reason, in bounded time. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readEInvoice, type EInvoiceReadResult } from '../../../utils/einvoice/parse';
import { buildPdf, facturXObjects, streamBody } from '../einvoice/build-pdf';

const CII = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/einvoices/mustangproject/validV2FR.xml'), 'utf8');
const NUMBER = 'FAC-20171118-506';
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

async function readWithin(bytes: Uint8Array, ms: number): Promise<EInvoiceReadResult> {
  const started = performance.now();
  const result = await readEInvoice(bytes);
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}

/** The Factur-X objects with the invoice stream replaced. */
function withInvoiceStream(body: Uint8Array): Uint8Array {
  const objects = facturXObjects(CII);
  objects[4] = { num: 5, body };
  return buildPdf(objects, { root: 1 });
}

describe('huge or looping PDFs', () => {
  it('stops a bomb hidden behind two Flate layers (100 KB → 100 MB) at the 5 MB stream cap', async () => {
    const inner = deflateSync(Buffer.alloc(100 * 1024 * 1024), { level: 9 });
    const outer = new Uint8Array(deflateSync(inner, { level: 9 }));
    const result = await readWithin(withInvoiceStream(streamBody('/Type /EmbeddedFile /Filter [/FlateDecode /FlateDecode]', outer)), 3_000);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reads the invoice past thirty 4.9 MB attachments (each under the cap) without inflating them all', async () => {
    const big = new Uint8Array(deflateSync(Buffer.alloc(4.9 * 1024 * 1024)));
    const objects = facturXObjects(CII);
    objects[2] = {
      num: 3,
      body: `<</EmbeddedFiles <</Names [${Array.from({ length: 30 }, (_, i) => `(data${i}.bin) ${100 + i} 0 R`).join(' ')} (factur-x.xml) 4 0 R]>>>>`,
    };
    for (let i = 0; i < 30; i++)
      objects.push(
        { num: 100 + i, body: `<</F (data${i}.bin) /EF <</F ${200 + i} 0 R>>>>` },
        { num: 200 + i, body: streamBody('/Type /EmbeddedFile /Filter /FlateDecode', big) },
      );
    const result = await readWithin(buildPdf(objects, { root: 1 }), 3_000);
    expect(result.ok && result.invoice.number).toBe(NUMBER);
  });

  it('follows a trailer whose /Prev points back at its own cross-reference table only once', async () => {
    const pdf = text(buildPdf(facturXObjects(CII), { root: 1 }));
    const xrefAt = /startxref\n(\d+)/.exec(pdf)![1];
    const looped = pdf.replace(/trailer\n<<([\s\S]*?)>>/, (_m, inner: string) => `trailer\n<<${inner} /Prev ${xrefAt}>>`);
    const result = await readWithin(latin1(looped), 2_000);
    expect(result.ok && result.invoice.number).toBe(NUMBER);
  });

  it('refuses impossible stream parameters (a 2^31-column predictor, a 10^14-byte /Length) without allocating them', async () => {
    const data = new Uint8Array(deflateSync(Buffer.from(CII)));
    const columns = await readWithin(
      withInvoiceStream(streamBody('/Type /EmbeddedFile /Filter /FlateDecode /DecodeParms <</Predictor 12 /Columns 2147483647>>', data)),
      2_000,
    );
    expect(columns.ok).toBe(false);
    const length = await readWithin(withInvoiceStream(latin1('<</Type /EmbeddedFile /Length 99999999999999 /Filter /FlateDecode>>\nstream\n')), 2_000);
    expect(length.ok).toBe(false);
  });

  it('walks a name tree of 50 000 /Kids within the node cap and time', async () => {
    const objects = facturXObjects(CII);
    objects[2] = { num: 3, body: `<</EmbeddedFiles <</Kids [${Array.from({ length: 50_000 }, (_, i) => `${i + 10} 0 R`).join(' ')} 7 0 R]>>>>` };
    objects.push({ num: 7, body: '<</Names [(factur-x.xml) 4 0 R]>>' });
    const result = await readWithin(buildPdf(objects, { root: 1 }), 3_000);
    if (result.ok) expect(result.invoice.number).toBe(NUMBER);
    else expect(['corrupt', 'too-large']).toContain(result.reason);
  });

  it('does not recurse when the "factur-x.xml" attachment is itself the PDF', async () => {
    const outer = buildPdf(facturXObjects(CII), { root: 1 });
    const result = await readWithin(buildPdf(facturXObjects(outer), { root: 1 }), 2_000);
    expect(result.ok).toBe(false);
  });
});
