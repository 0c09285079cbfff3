import { normalizeSiren, sirenProblem } from './siren';

export type VatProblem = 'format' | 'checksum' | 'siren-mismatch';

/** The VAT number without spaces or dots, upper-cased. */
export function normalizeVat(value: string): string {
  return value.replace(/[\s\u00a0\u202f.-]/g, '').toUpperCase();
}

/** The French VAT key for a SIREN: (12 + 3 × (SIREN mod 97)) mod 97 (CGI annexe IV, art. 242 nonies A). */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(normalizeSiren(siren)) % 97)) % 97).padStart(2, '0');
}

/**
 * Why an EU VAT number is wrong, or undefined. French numbers (FR + key + SIREN) are checked fully, and against
 * `siren` when given; other countries only by shape, since each has its own rule.
 */
export function vatProblem(value: string, siren?: string): VatProblem | undefined {
  const vat = normalizeVat(value);
  if (!/^[A-Z]{2}[A-Z0-9]{2,13}$/.test(vat)) return 'format';
  if (!vat.startsWith('FR')) return undefined;
  const match = /^FR([0-9A-Z]{2})(\d{9})$/.exec(vat);
  if (!match) return 'format';
  const [, key, vatSiren] = match;
  if (sirenProblem(vatSiren)) return 'checksum';
  // Keys with letters are the old alphanumeric scheme for some entities: shape-only.
  if (/^\d{2}$/.test(key) && key !== frenchVatKey(vatSiren)) return 'checksum';
  if (siren && normalizeSiren(siren).slice(0, 9) !== vatSiren) return 'siren-mismatch';
  return undefined;
}
