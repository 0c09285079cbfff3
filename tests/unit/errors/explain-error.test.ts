import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../utils/errors/error-code';
import { explainError } from '../../../utils/errors/explain-error';
import { createTranslator } from '../../../utils/i18n/translate';
import { type MessageKey } from '../../../utils/i18n/translator';
import { RelanceRequestError } from '../../../utils/messaging/send';

const fr = createTranslator('fr');
const en = createTranslator('en');

describe('explainError', () => {
  it('has a sentence in French and in English for every code', () => {
    for (const code of ERROR_CODES) {
      const key = `err_${code.replace(/-/g, '_')}` as MessageKey;
      expect(fr(key), code).not.toBe(key);
      expect(en(key), code).not.toBe(key);
    }
  });

  it('fills the sentence with the params, in the user language, without the background English', () => {
    const error = new RelanceRequestError('payment-amount', 'A payment needs a positive amount in EUR.', ['EUR']);
    expect(explainError(error, fr)).toBe('Un paiement doit avoir un montant positif en EUR.');
    expect(explainError(error, en)).toBe('A payment needs a positive amount in EUR.');
    expect(explainError(new RelanceRequestError('storage', 'Storage failed (QuotaExceededError): nothing was saved.'), fr)).toMatch(
      /^Le stockage local est plein/,
    );
  });

  it('shows the English message only as the technical detail of a code without words of its own', () => {
    expect(explainError(new RelanceRequestError('internal', 'boom'), fr)).toBe('Erreur inattendue dans Relance (détail technique : boom).');
    expect(explainError(new TypeError('x is undefined'), en)).toBe('Unexpected error in Relance (technical detail: x is undefined).');
    expect(explainError({ code: 'not-a-code', message: 'odd' }, en)).toBe('Unexpected error in Relance (technical detail: odd).');
    expect(explainError('plain string', fr)).toBe('Erreur inattendue dans Relance (détail technique : plain string).');
  });
});
