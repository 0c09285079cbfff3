/** Who a document names: the CONTRACT's Party. */
import type { Language } from '../model/language';
export interface Party {
  name: string;
  address?: string[];
  siren?: string;
  vatId?: string;
  email?: string;
  representative?: string;
}

const VAT_LABEL: Record<Language, string> = { fr: 'TVA intracommunautaire', en: 'VAT number' };

/** The lines of a letterhead or address block: name, extra lines, address, then identifiers. */
export function partyLines(party: Party, language: Language, extra: string[] = []): string[] {
  // French typography puts a space before the colon.
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  const lines = [party.name, ...extra, ...(party.address ?? [])];
  if (party.siren) lines.push(`SIREN${colon}${party.siren}`);
  if (party.vatId) lines.push(`${VAT_LABEL[language]}${colon}${party.vatId}`);
  if (party.email) lines.push(party.email);
  return lines.filter((line) => line.trim() !== '');
}
