/** SIREN (9 digits) and SIRET (14 digits) checks: both carry a Luhn key (INSEE). */

/** Digits only: "123 456 789" → "123456789". */
export function normalizeSiren(value: string): string {
  return value.replace(/[\s\u00a0\u202f.-]/g, '');
}

/** Luhn checksum over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// La Poste's establishments share SIREN 356000000 and their SIRETs do not follow Luhn: the digit sum is a multiple of 5.
const LA_POSTE = '356000000';

export type SirenProblem = 'format' | 'checksum';

/** Why a SIREN (9 digits) or SIRET (14 digits) is wrong, or undefined when it is valid. */
export function sirenProblem(value: string): SirenProblem | undefined {
  const digits = normalizeSiren(value);
  if (!/^(\d{9}|\d{14})$/.test(digits)) return 'format';
  if (digits.length === 14 && digits.startsWith(LA_POSTE)) {
    const sum = [...digits].reduce((s, c) => s + Number(c), 0);
    return sum % 5 === 0 ? undefined : 'checksum';
  }
  return luhnValid(digits) ? undefined : 'checksum';
}
