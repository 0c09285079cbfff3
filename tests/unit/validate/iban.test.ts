import { describe, expect, it } from 'vitest';
import { formatIban, ibanProblem, normalizeIban } from '../../../utils/validate/iban';

describe('ibanProblem', () => {
  it.each([
    ['FR76 3000 6000 0112 3456 7890 189'], // the French banks' published example
    ['DE89 3704 0044 0532 0130 00'],
    ['GB82 WEST 1234 5698 7654 32'],
    ['fr7630006000011234567890189'],
  ])('accepts %s', (iban) => expect(ibanProblem(iban)).toBeUndefined());

  it('refuses one wrong digit (checksum)', () => expect(ibanProblem('FR7630006000011234567890188')).toBe('checksum'));
  it('refuses two swapped digits (checksum)', () => expect(ibanProblem('FR7630006000011234567890198')).toBe('checksum'));
  it('refuses a French IBAN of the wrong length', () => expect(ibanProblem('FR76300060000112345678901')).toBe('length'));
  it('refuses garbage', () => {
    expect(ibanProblem('not an iban')).toBe('format');
    expect(ibanProblem('')).toBe('format');
  });
});

describe('IBAN formatting', () => {
  it('normalizes and groups by four', () => {
    expect(normalizeIban(' fr76 3000\u00a06000 ')).toBe('FR7630006000');
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });
});
