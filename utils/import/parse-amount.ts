import { decimalToMinor } from '../einvoice/minor-units';

/**
 * An amount as invoicing tools write it ("1 250,00 €", "1.250,00", "1,250.00", "-300.5", "EUR 99") → minor units,
 * by string arithmetic. The last '.' or ',' followed by one or two digits at the end is the decimal mark; other
 * separators group thousands. Undefined when the text is not an amount.
 */
export function parseAmount(text: string, currency: string): number | undefined {
  let s = text.replace(/[\s\u00a0\u202f']/g, '').replace(/[€$£]|EUR|USD|GBP|CHF/gi, '');
  const negative = /^\(.*\)$/.test(s) || s.startsWith('-');
  s = s.replace(/^[(-]+|\)$/g, '').replace(/^\+/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(s);
  let whole = decimal ? s.slice(0, decimal.index) : s;
  const fraction = decimal ? decimal[1] : '';
  // What is left must be digits in groups of three (1.250.000 or 1,250,000) or plain digits.
  if (/[.,]/.test(whole)) {
    if (!/^\d{1,3}([.,]\d{3})+$/.test(whole)) return undefined;
    whole = whole.replace(/[.,]/g, '');
  }
  const minor = decimalToMinor(`${whole || '0'}.${fraction}`, currency);
  return minor === undefined ? undefined : negative ? -minor : minor;
}
