/** Fuzz: the e-invoice reader on random bytes and on mutated real samples. It answers (an invoice or a reason), never throws, fast. */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEInvoice, type EInvoiceReadResult } from '../../../utils/einvoice/parse';
import { fuzz } from './fuzz-run';
import { NASTY_PIECES } from './hostile-strings';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/einvoices');
const REASONS = ['no-einvoice', 'encrypted', 'too-large', 'corrupt', 'unsupported-filter', 'doctype', 'incomplete'];
const samples = (ext: string) =>
  readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.toLowerCase().endsWith(ext))
    .map((file) => new Uint8Array(readFileSync(path.join(FIXTURES, file))));
const PDFS = samples('.pdf');
const XMLS = samples('.xml');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What every answer must look like: a well-formed invoice, or a known reason with a message. */
function checkAnswer(result: EInvoiceReadResult): void {
  if (!result.ok) {
    expect(REASONS).toContain(result.reason);
    expect(typeof result.message).toBe('string');
    return;
  }
  const inv = result.invoice;
  expect(['CII', 'UBL']).toContain(inv.syntax);
  expect(inv.number.length).toBeGreaterThan(0);
  expect(inv.issueDate).toMatch(ISO_DATE);
  if (inv.dueDate !== undefined) expect(inv.dueDate).toMatch(ISO_DATE);
  for (const money of [inv.total, inv.amountDue]) {
    expect(Number.isSafeInteger(money.minor)).toBe(true);
    expect(money.currency).toMatch(/^[A-Z]{3}$/);
  }
}

/** Byte-level damage as disks, mail gateways and attackers do it: flips, cuts, splices, repeats. */
const damage = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4_096 }) }),
    fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2_048 }), times: fc.integer({ min: 2, max: 20 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(
        ...NASTY_PIECES,
        'endobj',
        'stream\n',
        '/Length 999999999',
        '<< /Type /XRef',
        'xref\n0 1\n',
        '%%EOF',
        '<!DOCTYPE x [<!ENTITY a "b">]>',
        '1 0 R',
        '/FlateDecode',
        '/Kids [1 0 R]',
      ),
    }),
  ),
  { minLength: 1, maxLength: 6 },
);

type Edit = typeof damage extends fc.Arbitrary<Array<infer E>> ? E : never;

function applyDamage(bytes: Uint8Array, edits: Edit[]): Uint8Array {
  let out = bytes;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.op === 'flip') {
      out = out.slice();
      out[at] = edit.value;
    } else if (edit.op === 'cut') out = concat(out.subarray(0, at), out.subarray(at + edit.length));
    else if (edit.op === 'truncate') out = out.subarray(0, at);
    else if (edit.op === 'repeat')
      out = concat(out.subarray(0, at), ...Array<Uint8Array>(edit.times).fill(out.subarray(at, at + edit.length)), out.subarray(at));
    else out = concat(out.subarray(0, at), new TextEncoder().encode(edit.text), out.subarray(at));
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

describe('fuzz: e-invoice reader', () => {
  it('random bytes (with and without a PDF or XML header)', async () => {
    const bytes = fc
      .tuple(fc.constantFrom('', '%PDF-1.7\n', '<?xml version="1.0"?>', '\uFEFF<', '<Invoice>'), fc.uint8Array({ maxLength: 4_096 }))
      .map(([head, body]) => concat(new TextEncoder().encode(head), body));
    await fuzz(
      'readEInvoice random bytes',
      bytes,
      async (input) => {
        const result = await readEInvoice(input);
        checkAnswer(result);
        expect(result.ok).toBe(false);
      },
      { runs: 1_000, caseMs: 1_000 },
    );
  });

  it(`damaged real PDFs (${PDFS.length} samples)`, async () => {
    await fuzz(
      'readEInvoice damaged PDFs',
      fc.tuple(fc.constantFrom(...PDFS.keys()), damage),
      async ([index, edits]) => {
        checkAnswer(await readEInvoice(applyDamage(PDFS[index], edits)));
      },
      { runs: 400, caseMs: 2_000 },
    );
  });

  it(`damaged real XML (${XMLS.length} samples)`, async () => {
    await fuzz(
      'readEInvoice damaged XML',
      fc.tuple(fc.constantFrom(...XMLS.keys()), damage),
      async ([index, edits]) => {
        checkAnswer(await readEInvoice(applyDamage(XMLS[index], edits)));
      },
      { runs: 400, caseMs: 1_000 },
    );
  });
});
