import { describe, expect, it } from 'vitest';
import { requiredStrings } from '../../../scripts/phrase-anchors/required-strings';

describe('the strings every match of an expression contains', () => {
  it('joins what is known exactly, alternatives included', () => {
    expect(requiredStrings(/\b(vire|paie)ment\b/)).toEqual(['paiement', 'virement']);
    expect(requiredStrings(/r[eé]gl(?:e|ement)s?/)).toEqual(['regle', 'régle']);
    expect([['sous '], [' jours']]).toContainEqual(requiredStrings(/\bsous (\d+) jours\b/));
  });

  it('asks nothing of an optional part, a wide class or what a lookaround only looks at', () => {
    expect(requiredStrings(/(?:deja )?regle/)).toEqual(['regle']);
    expect(requiredStrings(/[a-z]+ment/)).toEqual(['ment']);
    expect(requiredStrings(/(?<=virement )effectue/)).toEqual(['effectue']);
    expect(requiredStrings(/\bpaid(?! later)/)).toEqual(['paid']);
  });

  it('keeps a side of every top-level alternative, or nothing when one has nothing sure', () => {
    expect(requiredStrings(/\bpaid\b|\bsettled\b/)).toEqual(['paid', 'settled']);
    expect(requiredStrings(/\bpaid\b|\d+/)).toBeNull();
    expect(requiredStrings(/x*/)).toBeNull();
  });

  it('reads nothing in a case-blind expression, and a back-reference asks nothing', () => {
    expect(requiredStrings(/virement/i)).toBeNull();
    expect(requiredStrings(/(ab)\1 done/)).toEqual([' done']);
  });

  it('prefers few long strings to many short ones', () => {
    expect(requiredStrings(/\b(a|b|c|d|e)\w+ (?:has been paid)/)).toEqual([' has been paid']);
  });
});
