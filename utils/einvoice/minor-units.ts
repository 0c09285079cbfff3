/** ISO 4217 currencies whose minor unit is not 2 decimals (ISO 4217 list one, "Minor unit" column). */
const EXPONENTS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0,
  VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** Number of decimals of a currency's minor unit (2 unless ISO 4217 says otherwise). */
export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

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
