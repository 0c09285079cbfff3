import { foldText } from '../detect/fold';

/** Invoice fields a CSV column can feed. */
export const IMPORT_FIELDS = ['number', 'clientName', 'clientEmail', 'amountDue', 'total', 'currency', 'issueDate', 'dueDate', 'clientKind'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which header feeds each field (by header text, so a remembered mapping survives reordered columns). */
export type ColumnMapping = Partial<Record<ImportField, string>>;

// Header words seen in exports of French and English invoicing tools (Pennylane, Qonto, Sellsy, Henrri, Invoice Ninja,
// Zervant, Excel sheets), folded (lower case, no accents). First match wins, so the more specific come first.
const SYNONYMS: Array<[ImportField, RegExp]> = [
  ['clientEmail', /(e-?mail|courriel|adresse electronique)/],
  ['amountDue', /(reste a payer|restant du|montant du|solde|balance|amount due|due amount|outstanding|a regler)/],
  ['total', /(total ttc|montant ttc|ttc|total|amount|montant)/],
  ['dueDate', /(echeance|date limite|due date|due|date de paiement prevue)/],
  ['issueDate', /(date d'?emission|date de facture|date facture|emise le|invoice date|issue date|issued|^date$)/],
  // foldText turns "N°" into "no".
  ['number', /(numero|^no\b|^num|invoice (number|no|#)|^invoice$|^facture$|reference|^ref)/],
  ['clientKind', /(type de client|client type|particulier|professionnel|b2b|b2c)/],
  ['clientName', /(client|customer|raison sociale|societe|company|debiteur|destinataire|nom)/],
  ['currency', /(devise|currency|monnaie)/],
];

const AMOUNT_FIELDS = new Set<ImportField>(['amountDue', 'total']);
// Amounts before tax or of the tax itself are not what the debtor owes.
const NOT_AMOUNT_DUE = /(\bht\b|hors tax|tva|vat|\btax\b|taxe|excl)/;

/** A stable key for a set of headers (order and case ignored), under which the user's mapping is remembered. */
export function headerSetKey(headers: string[]): string {
  return [...new Set(headers.map((h) => foldText(h.trim())))].sort().join('|');
}

/** A first guess: each field gets the first unused header whose words say what it holds. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const header of headers) {
    const folded = foldText(header.trim());
    const hit = SYNONYMS.find(
      ([field, pattern]) => mapping[field] === undefined && pattern.test(folded) && !(AMOUNT_FIELDS.has(field) && NOT_AMOUNT_DUE.test(folded)),
    );
    if (hit && !used.has(header)) {
      mapping[hit[0]] = header;
      used.add(header);
    }
  }
  return mapping;
}

/** A remembered mapping kept only for headers still present; otherwise the guess. */
export function mappingFor(headers: string[], remembered: Record<string, ColumnMapping> | undefined): ColumnMapping {
  const saved = remembered?.[headerSetKey(headers)];
  if (!saved) return guessMapping(headers);
  return Object.fromEntries(Object.entries(saved).filter(([, header]) => header !== undefined && headers.includes(header))) as ColumnMapping;
}
