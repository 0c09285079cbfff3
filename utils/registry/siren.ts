import { luhnValid, normalizeSiren } from '../validate/siren';

/**
 * The SIREN to look up from one as typed or read ("123 456 789", a 14-digit SIRET): its 9 digits, or undefined when
 * its Luhn key is wrong (La Poste's 356000000 passes it too; only its SIRETs need their own rule).
 */
export function sirenToLookUp(raw: string): string | undefined {
  const digits = normalizeSiren(raw);
  if (!/^\d{9}(\d{5})?$/.test(digits)) return undefined;
  const siren = digits.slice(0, 9);
  return luhnValid(siren) ? siren : undefined;
}
