import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../utils/evidence/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    const a = { b: 1, a: { z: [3, { y: 'x', x: undefined }], c: null }, u: undefined };
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"z":[3,{"y":"x"}]},"b":1}');
  });

  it('gives the same string whatever the insertion order', () => {
    expect(canonicalJson({ kind: 'note', data: { text: 'é' }, seq: 2 })).toBe(canonicalJson({ seq: 2, data: { text: 'é' }, kind: 'note' }));
  });

  it('writes numbers in their shortest stable form', () => {
    expect(canonicalJson([1.0, -0, 0.1 + 0.2, 1e21, 150000, 1.5e-7])).toBe('[1,0,0.30000000000000004,1e+21,150000,1.5e-7]');
  });

  it('sorts keys by UTF-16 code units, not locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, a: 4 })).toBe('{"Z":3,"a":4,"z":2,"é":1}');
  });

  it('escapes strings as JSON does, keeping non-ASCII as is', () => {
    expect(canonicalJson('a"b\\c\n\u0001 😀 שלום')).toBe('"a\\"b\\\\c\\n\\u0001 😀 שלום"');
  });

  it('keeps undefined array slots as null so positions do not shift', () => {
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
  });

  it('refuses values without a faithful JSON form', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow(/NaN/);
    expect(() => canonicalJson(Infinity)).toThrow();
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/plain objects/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cyclic/);
  });

  it('accepts a repeated (non-cyclic) reference', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
  });
});

describe('canonicalJson properties', () => {
  it('parses back to the same value and ignores key order, for any JSON value', async () => {
    const fc = (await import('fast-check')).default;
    const shuffleKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shuffleKeys);
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, shuffleKeys(v)]),
        );
      }
      return value;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(shuffleKeys(value))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
