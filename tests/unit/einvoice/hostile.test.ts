import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseEInvoice, readEInvoice } from '../../../utils/einvoice/parse';
import { buildPdf, facturXObjects, flateBody, streamBody } from './build-pdf';

const FIXTURES = join(__dirname, '../../fixtures/einvoices');
const CII = readFileSync(join(FIXTURES, 'mustangproject/validV2FR.xml'), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const REASONS = ['no-einvoice', 'encrypted', 'too-large', 'corrupt', 'unsupported-filter', 'doctype', 'incomplete'];

describe('hostile and broken files', () => {
  it('stops inflating a zip bomb early', async () => {
    const size = 100 * 1024 * 1024;
    const bomb = new Uint8Array(deflateSync(Buffer.alloc(size), { level: 9 })); // ~100 KB → 100 MB
    const objects = facturXObjects(CII);
    objects[4] = { num: 5, body: streamBody('/Type /EmbeddedFile /Filter /FlateDecode', bomb) };
    const pdf = buildPdf(objects, { root: 1 });
    // Best of three runs each, so a busy machine's jitter cannot decide the comparison.
    const best = async (run: () => unknown) => {
      let fastest = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await run();
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    expect(inflateSync(bomb).length).toBe(size);
    const fullInflateMs = await best(() => inflateSync(bomb));
    expect(await readEInvoice(pdf)).toMatchObject({ ok: false, reason: 'too-large' });
    // Stopping at 5 MB costs a fraction of inflating everything (20 times less work).
    expect(await best(() => readEInvoice(pdf))).toBeLessThan(fullInflateMs / 2);
  });

  it('stops on a zip bomb in an object stream met by the recovery scan', async () => {
    const bomb = new Uint8Array(deflateSync(Buffer.alloc(50 * 1024 * 1024)));
    const objects = [
      { num: 1, body: streamBody('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', bomb) },
      { num: 2, body: flateBody('', CII) },
    ];
    // No xref and a catalog (3 0 R) only the object stream could hold: the scan has to open it.
    expect(await readEInvoice(buildPdf(objects, { root: 3, xref: 'none' }))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('refuses a DOCTYPE: billion laughs and external entities, bare or inside a PDF', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>' +
      '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">&lol2;</rsm:CrossIndustryInvoice>';
    expect(await readEInvoice(utf8(laughs))).toMatchObject({ ok: false, reason: 'doctype' });
    const external = CII.replace('<rsm:CrossIndustryInvoice', '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rsm:CrossIndustryInvoice').replace(
      'Atelier du Ballon SARL',
      '&xxe;',
    );
    expect(await readEInvoice(utf8(external))).toMatchObject({ ok: false, reason: 'doctype' });
    const inPdf = buildPdf(facturXObjects(external), { root: 1 });
    expect(await readEInvoice(inPdf)).toMatchObject({ ok: false, reason: 'doctype' });
  });

  it('reports an undeclared entity or broken XML as corrupt', async () => {
    const entity = CII.replace('Atelier du Ballon SARL', '&xxe;');
    expect(await readEInvoice(utf8(entity))).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await readEInvoice(utf8(CII.slice(0, CII.length / 2)))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('reports an encrypted PDF', async () => {
    const objects = [...facturXObjects(CII), { num: 9, body: '<</Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4>>' }];
    expect(await readEInvoice(buildPdf(objects, { root: 1, trailer: '/Encrypt 9 0 R' }))).toMatchObject({
      ok: false,
      reason: 'encrypted',
    });
    expect(await readEInvoice(buildPdf(objects, { root: 1, xref: 'stream', trailer: '/Encrypt 9 0 R' }))).toMatchObject({ ok: false, reason: 'encrypted' });
  });

  it('reports an unsupported filter', async () => {
    const objects = facturXObjects(CII);
    objects[4] = { num: 5, body: streamBody('/Type /EmbeddedFile /Filter /LZWDecode', utf8(CII)) };
    expect(await readEInvoice(buildPdf(objects, { root: 1 }))).toMatchObject({
      ok: false,
      reason: 'unsupported-filter',
    });
  });

  it('reads ASCIIHex and ASCII85 chained before Flate', async () => {
    const hex = Buffer.from(deflateSync(utf8(CII))).toString('hex') + '>';
    const objects = facturXObjects(CII);
    objects[4] = { num: 5, body: streamBody('/Filter [/AHx /Fl]', latin1(hex)) };
    expect((await parseEInvoice(buildPdf(objects, { root: 1 })))?.number).toBe('FAC-20171118-506');
  });

  it('survives looping /Kids and reference cycles', async () => {
    const objects = [
      { num: 1, body: '<</Type /Catalog /Names <</EmbeddedFiles 2 0 R>> /AF 6 0 R>>' },
      { num: 2, body: '<</Kids [2 0 R 3 0 R]>>' },
      { num: 3, body: '<</Kids [2 0 R 3 0 R 1 0 R] /Names [(factur-x.xml) 4 0 R]>>' },
      { num: 4, body: '<</F (factur-x.xml) /EF <</F 5 0 R>>>>' },
      { num: 5, body: flateBody('', CII) },
      { num: 6, body: '7 0 R' },
      { num: 7, body: '6 0 R' },
    ];
    expect((await parseEInvoice(buildPdf(objects, { root: 1 })))?.number).toBe('FAC-20171118-506');
  });

  it('survives a stream whose /Length refers to itself', async () => {
    const objects = facturXObjects(CII);
    const data = new Uint8Array(deflateSync(utf8(CII)));
    objects[4] = {
      num: 5,
      body: new Uint8Array([...latin1('<</Length 5 0 R /Filter /FlateDecode>>\nstream\n'), ...data, ...latin1('\nendstream')]),
    };
    expect((await parseEInvoice(buildPdf(objects, { root: 1 })))?.number).toBe('FAC-20171118-506');
  });

  it('reports deeply nested objects as corrupt without overflowing the stack', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const objects = [{ num: 1, body: `<</Type /Catalog /Names ${deep}>>` }];
    expect(await readEInvoice(buildPdf(objects, { root: 1 }))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('refuses input over 20 MB before reading it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(latin1('%PDF-1.7\n'));
    expect(await readEInvoice(big)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('handles a truncated PDF, a 15-byte PDF, an empty file and random bytes', async () => {
    const real = new Uint8Array(readFileSync(join(FIXTURES, 'zugferd-corpus/Facture_UE_EN16931.pdf')));
    for (const fraction of [0.05, 0.3, 0.6, 0.9, 0.999]) {
      const result = await readEInvoice(real.subarray(0, Math.floor(real.length * fraction)));
      if (!result.ok) expect(REASONS).toContain(result.reason);
    }
    // The file's end (xref, trailer) is gone: a truncated file is read by the scan when the XML survived.
    expect(await readEInvoice(real.subarray(0, real.length - 2000))).toMatchObject({ ok: true });
    expect(await readEInvoice(latin1('%PDF-1.4\n%%EOF\n'))).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await readEInvoice(new Uint8Array())).toMatchObject({ ok: false, reason: 'no-einvoice' });
    expect(await readEInvoice(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))).toMatchObject({
      ok: false,
    });
    expect(await parseEInvoice('not bytes' as unknown as Uint8Array)).toBeNull();
  });

  it('never throws on mutated PDFs', async () => {
    const pdf = buildPdf(facturXObjects(CII, { compressed: true }), { root: 1, xref: 'stream' });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: pdf.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.nat({ max: pdf.length }),
        async (edits, cut) => {
          const mutated = pdf.slice(0, Math.max(cut, 16));
          for (const [at, value] of edits) if (at < mutated.length) mutated[at] = value;
          const result = await readEInvoice(mutated);
          if (!result.ok) expect(REASONS).toContain(result.reason);
        },
      ),
      { numRuns: 300 },
    );
  });
});
