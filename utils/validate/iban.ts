/** IBAN checks (ISO 13616): country length, then the mod-97 checksum, computed on digit chunks so no BigInt is needed. */

// Lengths from the SWIFT IBAN registry for the SEPA area and the countries French freelancers most often bill.
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
  MA: 28,
  TN: 24,
  SN: 28,
  CI: 28,
  DZ: 26,
};

export type IbanProblem = 'format' | 'length' | 'checksum';

/** The IBAN without spaces, upper-cased: "fr76 3000 …" → "FR763000…". */
export function normalizeIban(value: string): string {
  return value.replace(/[\s\u00a0\u202f-]/g, '').toUpperCase();
}

/** The IBAN grouped by four characters, as printed on an invoice. */
export function formatIban(value: string): string {
  return normalizeIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

/** ISO 7064 mod 97-10 of a digit string, chunk by chunk. */
function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) remainder = Number(String(remainder) + digits.slice(i, i + 7)) % 97;
  return remainder;
}

/** Why an IBAN is wrong, or undefined when it is valid. */
export function ibanProblem(value: string): IbanProblem | undefined {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban)) return 'format';
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return 'length';
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return mod97(digits) === 1 ? undefined : 'checksum';
}
