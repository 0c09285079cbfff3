/** A SIREN as typed or read ("123 456 789", a 14-digit SIRET) → its 9 digits, or undefined when the Luhn check fails. */
export function normalizeSiren(raw: string): string | undefined {
  const digits = raw.replace(/[\s.\u00a0\u202f-]/g, '');
  if (!/^\d{9}(\d{5})?$/.test(digits)) return undefined;
  const siren = digits.slice(0, 9);
  return luhnValid(siren) ? siren : undefined;
}

// INSEE numbers SIREN with a Luhn check digit (La Poste's historical SIREN 356000000 is the one known exception).
function luhnValid(digits: string): boolean {
  if (digits === '356000000') return true;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}
