import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEInvoice } from '../../../utils/einvoice/parse';
import { buildPdf, facturXObjects, flateBody, streamBody } from './build-pdf';

const CII = readFileSync(join(__dirname, '../../fixtures/einvoices/mustangproject/validV2FR.xml'), 'utf8');
const NUMBER = 'FAC-20171118-506';
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const withNumber = (n: string) => CII.replace(NUMBER, n);
const ORDER_X = '<?xml version="1.0"?><rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100"/>';

async function numberIn(pdf: Uint8Array): Promise<string> {
  const result = await readEInvoice(pdf);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.invoice.number;
}

describe('PDF structure', () => {
  it('reads a classic xref table with /Names and /AF', async () => {
    const pdf = buildPdf(facturXObjects(CII), { root: 1 });
    expect(await readEInvoice(pdf)).toMatchObject({
      ok: true,
      invoice: { number: NUMBER },
      source: { kind: 'pdf', attachment: 'factur-x.xml' },
    });
  });

  it('reads an xref stream (PNG predictor) with the catalog and filespec in an object stream', async () => {
    const pdf = buildPdf(facturXObjects(CII, { compressed: true }), { root: 1, xref: 'stream' });
    expect(new TextDecoder('latin1').decode(pdf)).not.toContain('/Catalog'); // really compressed
    expect(await numberIn(pdf)).toBe(NUMBER);
  });

  it('follows /EF given as an indirect object', async () => {
    expect(await numberIn(buildPdf(facturXObjects(CII, { efIndirect: true }), { root: 1 }))).toBe(NUMBER);
    const compressed = facturXObjects(CII, { efIndirect: true, compressed: true });
    expect(await numberIn(buildPdf(compressed, { root: 1, xref: 'stream' }))).toBe(NUMBER);
  });

  it('finds the file through the catalog /AF alone', async () => {
    expect(await numberIn(buildPdf(facturXObjects(CII, { afOnly: true }), { root: 1 }))).toBe(NUMBER);
  });

  it('walks a /Kids name tree, skipping an Order-X attachment', async () => {
    const objects = [
      { num: 1, body: '<</Type /Catalog /Names <</EmbeddedFiles 10 0 R>>>>' },
      { num: 10, body: '<</Kids [11 0 R 12 0 R]>>' },
      { num: 11, body: '<</Limits [(a) (m)] /Names [(a-order.xml) 13 0 R]>>' },
      { num: 12, body: '<</Kids [14 0 R]>>' },
      { num: 14, body: '<</Limits [(n) (z)] /Names [(zz) 15 0 R]>>' },
      { num: 13, body: '<</Type /Filespec /F (order-x.xml) /EF <</F 16 0 R>>>>' },
      { num: 15, body: '<</Type /Filespec /F (factur-x.xml) /EF <</F 17 0 R>>>>' },
      { num: 16, body: flateBody('/Type /EmbeddedFile', ORDER_X) },
      { num: 17, body: flateBody('/Type /EmbeddedFile', CII) },
    ];
    expect(await numberIn(buildPdf(objects, { root: 1 }))).toBe(NUMBER);
  });

  it('prefers factur-x.xml over ZUGFeRD-invoice.xml and confirms any other XML by its root', async () => {
    const both = [
      { num: 1, body: '<</Type /Catalog /Names <</EmbeddedFiles <</Names [(a) 2 0 R (b) 3 0 R]>>>>>>' },
      { num: 2, body: '<</F (ZUGFeRD-invoice.xml) /EF <</F 4 0 R>>>>' },
      { num: 3, body: '<</F (factur-x.xml) /EF <</F 5 0 R>>>>' },
      { num: 4, body: flateBody('', withNumber('OLD-1')) },
      { num: 5, body: flateBody('', withNumber('NEW-2')) },
    ];
    expect(await numberIn(buildPdf(both, { root: 1 }))).toBe('NEW-2');
    const otherName = facturXObjects(CII, { name: 'invoice-data.xml' });
    expect(await numberIn(buildPdf(otherName, { root: 1 }))).toBe(NUMBER);
    const orderOnly = facturXObjects(ORDER_X, { name: 'order-x.xml' });
    expect(await readEInvoice(buildPdf(orderOnly, { root: 1 }))).toMatchObject({ ok: false, reason: 'no-einvoice' });
  });

  it('decodes a UTF-16BE file name', async () => {
    const hex = [...'factur-x.xml'].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
    const utf16 = `<FEFF${hex}>`;
    const objects = [
      { num: 1, body: `<</Type /Catalog /Names <</EmbeddedFiles <</Names [${utf16} 2 0 R]>>>>>>` },
      { num: 2, body: `<</UF ${utf16} /EF <</F 3 0 R>>>>` },
      { num: 3, body: flateBody('', CII) },
    ];
    expect(await readEInvoice(buildPdf(objects, { root: 1 }))).toMatchObject({
      ok: true,
      source: { attachment: 'factur-x.xml' },
    });
  });

  it('finds an attachment hung on a page annotation by searching every object', async () => {
    const objects = [
      { num: 1, body: '<</Type /Catalog /Pages 2 0 R>>' },
      { num: 2, body: '<</Type /Pages /Kids [3 0 R] /Count 1>>' },
      { num: 3, body: '<</Type /Page /Parent 2 0 R /Annots [4 0 R]>>' },
      { num: 4, body: '<</Type /Annot /Subtype /FileAttachment /FS 5 0 R>>' },
      { num: 5, body: '<</Type /Filespec /F (factur-x.xml) /EF <</F 6 0 R>>>>' },
      { num: 6, body: flateBody('', CII) },
    ];
    expect(await numberIn(buildPdf(objects, { root: 1 }))).toBe(NUMBER);
  });

  it('recovers from wrong xref offsets and from a missing xref', async () => {
    expect(await numberIn(buildPdf(facturXObjects(CII), { root: 1, offsetError: 7 }))).toBe(NUMBER);
    expect(await numberIn(buildPdf(facturXObjects(CII, { compressed: true }), { root: 1, xref: 'none' }))).toBe(NUMBER);
  });

  it('reads offsets that do not count junk before %PDF-', async () => {
    const pdf = buildPdf(facturXObjects(CII), { root: 1 });
    const junk = latin1('MIME junk from a mail gateway\r\n');
    expect(await numberIn(new Uint8Array([...junk, ...pdf]))).toBe(NUMBER);
  });

  it('follows an incremental update that replaces the invoice', async () => {
    const base = buildPdf(facturXObjects(withNumber('V1')), { root: 1 });
    const text = new TextDecoder('latin1').decode(base);
    const prev = Number(/startxref\s+(\d+)/.exec(text)![1]);
    const objectAt = base.length;
    const object = new Uint8Array([...latin1('5 0 obj\n'), ...flateBody('', withNumber('V2')), ...latin1('\nendobj\n')]);
    const xrefAt = objectAt + object.length;
    const update = latin1(
      `xref\n5 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<</Size 6 /Root 1 0 R /Prev ${prev}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
    );
    expect(await numberIn(new Uint8Array([...base, ...object, ...update]))).toBe('V2');
  });

  it('does not mistake the objects of a PDF embedded raw in a stream for top-level ones', async () => {
    const inner = buildPdf(facturXObjects(withNumber('INNER')), { root: 1 });
    // Uncompressed inner PDF, stored after the outer objects, in a file without xref: a naive scan would let
    // the inner "1 0 obj" ... "5 0 obj" shadow the outer ones.
    const objects = [...facturXObjects(withNumber('OUTER')), { num: 7, body: streamBody('/Type /EmbeddedFile', inner) }];
    expect(await numberIn(buildPdf(objects, { root: 1, xref: 'none' }))).toBe('OUTER');
  });
});
