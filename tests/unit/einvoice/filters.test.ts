import fc from 'fast-check';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeAscii85, decodeAsciiHex } from '../../../utils/einvoice/pdf/ascii-filters';
import { inflate } from '../../../utils/einvoice/pdf/inflate';
import { undoPngPredictor } from '../../../utils/einvoice/pdf/png-predictor';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

/** PNG row filtering as an encoder does it (the reader must undo each type). */
function pngFilter(rows: number[][], type: number, bpp: number): number[] {
  const out: number[] = [];
  rows.forEach((row, r) => {
    out.push(type);
    row.forEach((v, i) => {
      const left = i >= bpp ? row[i - bpp] : 0;
      const up = r > 0 ? rows[r - 1][i] : 0;
      const upLeft = r > 0 && i >= bpp ? rows[r - 1][i - bpp] : 0;
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predicted = [0, left, up, (left + up) >> 1, paeth][type];
      out.push((v - predicted) & 255);
    });
  });
  return out;
}

describe('stream filters', () => {
  it('undoes every PNG row filter type', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.nat({ max: 255 }), { minLength: 18, maxLength: 18 }),
        (columns, colors, type, seed) => {
          const width = columns * colors;
          const rows = [0, 1, 2].map((r) => Array.from({ length: width }, (_, i) => seed[(r * 7 + i) % 18]));
          const decoded = undoPngPredictor(Uint8Array.from(pngFilter(rows, type, colors)), colors, 8, columns);
          expect([...decoded]).toEqual(rows.flat());
        },
      ),
    );
  });

  it('decodes ASCII85 (Python base64.a85encode vectors)', () => {
    expect(text(decodeAscii85(latin1('9jqo^~>')))).toBe('Man ');
    expect(text(decodeAscii85(latin1('F*2M7/c~>')))).toBe('sure.');
    expect(text(decodeAscii85(latin1('E,9)o F*2M7/c~>')))).toBe('pleasure.');
    expect([...decodeAscii85(latin1('z@:B~>'))]).toEqual([0, 0, 0, 0, 97, 98]);
  });

  it('decodes ASCIIHex, odd digit count padded with 0', () => {
    expect(text(decodeAsciiHex(latin1('48 65 6c6C 6F>')))).toBe('Hello');
    expect([...decodeAsciiHex(latin1('7'))]).toEqual([0x70]);
  });

  it('inflates, keeps what was inflated before a cut, and refuses garbage', async () => {
    const data = latin1('<Invoice/>'.repeat(1000));
    const compressed = new Uint8Array(deflateSync(data));
    expect(await inflate(compressed, 1e6)).toEqual(data);
    const cut = await inflate(compressed.subarray(0, compressed.length - 4), 1e6); // checksum missing
    expect(text(cut)).toBe(text(data));
    await expect(inflate(latin1('not zlib at all'), 1e6)).rejects.toMatchObject({ reason: 'corrupt' });
    await expect(inflate(compressed, 5000)).rejects.toMatchObject({ reason: 'too-large' });
  });
});
