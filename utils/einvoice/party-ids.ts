/** An identifier with its ISO 6523 / EAS scheme, as found on a party. */
export interface SchemedId {
  id: string;
  scheme?: string;
}

/**
 * The French SIREN (9 digits) of a party: scheme 0002 (SIREN; the 2017 FNFE samples put a 14-digit SIRET
 * there), else scheme 0009 (SIRET, whose first 9 digits are the SIREN), else a French VAT number
 * ("FR" + 2-character key + SIREN).
 */
export function sirenOf(ids: readonly SchemedId[], vatId: string | undefined): string | undefined {
  for (const scheme of ['0002', '0009']) {
    for (const { id, scheme: s } of ids) {
      const digits = id.replace(/\s/g, '');
      if (s === scheme && /^(\d{9}|\d{14})$/.test(digits)) return digits.slice(0, 9);
    }
  }
  const vat = /^FR[0-9A-Z]{2}(\d{9})$/.exec(vatId?.replace(/\s/g, '').toUpperCase() ?? '');
  return vat?.[1];
}

/** A party name; multi-line names (GLN and supplier numbers first, as in some German files) keep their last line. */
export function partyName(raw: string | undefined): string {
  const lines = (raw ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

/** An e-mail address if `value` looks like one. */
export function emailOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim().replace(/^mailto:/i, '');
  return trimmed && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? trimmed : undefined;
}
