import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { classScores, featureIndex, HALF, unpackNaiveBayes, WEIGHT_DIGITS, type PackedNaiveBayes } from '../../../utils/detect/naive-bayes';
import { MODEL_DATA_FILES } from '../../../scripts/learned-readers/build';

/** A two-class model over `features` (already sorted), each with its own weights. */
function packed(features: string[]): PackedNaiveBayes {
  return {
    prior: [0, 0],
    step: 1,
    temperature: 1,
    vocab: features.join('|'),
    weights: features.map((_, i) => `${WEIGHT_DIGITS[HALF + (i % 8)]}${WEIGHT_DIGITS[HALF - (i % 8)]}`).join(''),
  };
}

describe('the learned model searched in place', () => {
  it('finds every feature at its row and no other string, whatever its letters', () => {
    const features = ['', 'a', 'a b', 'ab', 'abc', 'b', 'facture', 'factures', 'réglé', '€ ttc', 'ｆａｃｔｕｒｅ', '𝐟'].sort();
    const model = unpackNaiveBayes(packed(features));
    const absents = ['aa', 'abcd', 'factur', 'z', ' ', 'A', 'regle', 'a|b'];
    // Searched, then (asked as many times as there are features) from the table built then.
    for (const way of ['searched', 'from the table']) {
      expect(!!model.table, way).toBe(way === 'from the table');
      expect(features.map((f) => featureIndex(model, f))).toEqual(features.map((_, i) => i));
      for (const absent of absents) expect(featureIndex(model, absent)).toBe(-1);
    }
    const row = features.indexOf('réglé');
    expect(classScores(model, ['réglé', 'absent'])).toEqual([row % 8, -(row % 8) || 0]);
  });

  it('refuses a file whose features and weights disagree, rather than reading the wrong weights', () => {
    expect(() => unpackNaiveBayes({ ...packed(['a', 'b', 'c']), vocab: 'a|b' })).toThrow();
    expect(() => unpackNaiveBayes({ ...packed(['a', 'b']), vocab: 'a|b|c' })).toThrow();
    expect(() => unpackNaiveBayes(packed(['b', 'a']))).toThrow();
    const empty = unpackNaiveBayes(packed([]));
    expect([featureIndex(empty, ''), featureIndex(empty, ''), featureIndex(empty, 'a')]).toEqual([-1, -1, -1]);
  });

  it('ships its features sorted as the search needs them (by code unit), each once', () => {
    for (const file of Object.values(MODEL_DATA_FILES)) {
      const features = (JSON.parse(readFileSync(file, 'utf8')) as PackedNaiveBayes).vocab.split('|');
      expect(features.every((f, i) => i === 0 || features[i - 1] < f)).toBe(true);
    }
  });
});
