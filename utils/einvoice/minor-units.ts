import { currencyExponent } from '../mail/currency';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * An XML decimal ("10157.5", "-0.00", "4675") → integer minor units, by string arithmetic; extra decimals round
 * half away from zero ("2337.5" DKK → 233750, "0.005" EUR → 1). Returns undefined when the string is not a decimal.
 */
export function decimalToMinor(value: string, currency: string): number | undefined {
  const match = DECIMAL.exec(value.trim());
  if (!match) return undefined;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  const exponent = currencyExponent(currency);
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const roundUp = fraction.length > exponent && fraction.charCodeAt(exponent) >= 53; // '5'
  const digits = (whole + kept).replace(/^0+(?=\d)/, '');
  let minor = Number(digits === '' ? '0' : digits) + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(minor)) return undefined;
  if (sign === '-' && minor !== 0) minor = -minor;
  return minor;
}
