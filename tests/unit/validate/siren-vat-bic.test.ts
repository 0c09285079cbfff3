import { describe, expect, it } from 'vitest';
import { isValidBic } from '../../../utils/validate/bic';
import { sirenProblem } from '../../../utils/validate/siren';
import { frenchVatKey, vatProblem } from '../../../utils/validate/vat-number';

describe('sirenProblem (Luhn)', () => {
  it.each(['443 061 841', '552100554', '732829320', '44306184100047'])('accepts %s', (s) => expect(sirenProblem(s)).toBeUndefined());
  it('refuses a wrong key', () => expect(sirenProblem('443061842')).toBe('checksum'));
  it('refuses the wrong number of digits', () => {
    expect(sirenProblem('44306184')).toBe('format');
    expect(sirenProblem('4430618411')).toBe('format');
    expect(sirenProblem('ABC061841')).toBe('format');
  });
  it('applies La Poste’s own SIRET rule (digit sum multiple of 5)', () => {
    expect(sirenProblem('35600000049837')).toBeUndefined();
    expect(sirenProblem('35600000049838')).toBe('checksum');
  });
});

describe('vatProblem', () => {
  it('computes the French key from the SIREN', () => {
    expect(frenchVatKey('443061841')).toBe('64');
    expect(frenchVatKey('303265045')).toBe('40');
  });
  it('accepts a French number with the right key, spaced or not', () => {
    expect(vatProblem('FR 64 443 061 841')).toBeUndefined();
    expect(vatProblem('fr40303265045')).toBeUndefined();
  });
  it('refuses a wrong key', () => expect(vatProblem('FR65443061841')).toBe('checksum'));
  it('refuses a number whose SIREN is not the creditor’s', () => expect(vatProblem('FR40303265045', '443061841')).toBe('siren-mismatch'));
  it('checks other EU numbers by shape only', () => {
    expect(vatProblem('DE123456789')).toBeUndefined();
    expect(vatProblem('123')).toBe('format');
  });
});

describe('isValidBic', () => {
  it.each(['BNPAFRPP', 'BNPAFRPPXXX', 'agri frpp 882'])('accepts %s', (b) => expect(isValidBic(b)).toBe(true));
  it.each(['BNPAFR', 'BNP1FRPP', 'BNPAFRPPXX'])('refuses %s', (b) => expect(isValidBic(b)).toBe(false));
});
