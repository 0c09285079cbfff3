import { foldText } from '../detect/fold';
import type { ColumnMapping } from './column-mapping';
import type { ImportedInvoice, MappedRow, RowProblem } from './map-rows';

/** An invoice already stored, as the duplicate check sees it. */
export interface KnownInvoice {
  id: string;
  number: string;
  clientName: string;
  clientEmails: string[];
}

/** What the import will do with one invoice of the file. */
export type PlannedRow =
  | { action: 'create'; lines: number[]; invoice: ImportedInvoice }
  | { action: 'merge'; lines: number[]; invoice: ImportedInvoice; existingId: string }
  | { action: 'skip'; lines: number[]; problems: RowProblem[] };

/** The form under which two numbers are the same invoice number (case, accents and spaces aside). */
function numberKey(number: string): string {
  return foldText(number).replace(/\s+/g, '');
}

/** Groups items by number key, so each row is compared with the few of the same number only (linear import). */
function byNumber<T>(items: T[], numberOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = numberKey(numberOf(item));
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

function sameClient(name: string, email: string | undefined, otherName: string, otherEmails: string[]): boolean {
  if (email && otherEmails.some((e) => e.toLowerCase() === email)) return true;
  return foldText(name).trim() === foldText(otherName).trim();
}

/**
 * Decides, before anything is written, which rows create an invoice and which merge into one already known:
 * same number and same client (by e-mail, else by name) is the same invoice. Rows repeating an earlier row of the
 * file are folded into it (the later row's figures win: exports list an invoice again after a partial payment).
 */
export function planImport(rows: MappedRow[], known: KnownInvoice[]): PlannedRow[] {
  const planned: PlannedRow[] = [];
  const knownByNumber = byNumber(known, (k) => k.number);
  const plannedByNumber = new Map<string, Array<Exclude<PlannedRow, { action: 'skip' }>>>();
  for (const row of rows) {
    if (!row.invoice) {
      planned.push({ action: 'skip', lines: [row.line], problems: row.problems });
      continue;
    }
    const inv = row.invoice;
    const key = numberKey(inv.number);
    const sameNumberPlanned = plannedByNumber.get(key) ?? [];
    const earlier = sameNumberPlanned.find((p) =>
      sameClient(inv.clientName, inv.clientEmail, p.invoice.clientName, p.invoice.clientEmail ? [p.invoice.clientEmail] : []),
    );
    if (earlier) {
      earlier.invoice = { ...earlier.invoice, ...inv, clientEmail: inv.clientEmail ?? earlier.invoice.clientEmail };
      earlier.lines.push(row.line);
      continue;
    }
    const existing = (knownByNumber.get(key) ?? []).find((k) => sameClient(inv.clientName, inv.clientEmail, k.clientName, k.clientEmails));
    const next: Exclude<PlannedRow, { action: 'skip' }> = existing
      ? { action: 'merge', lines: [row.line], invoice: inv, existingId: existing.id }
      : { action: 'create', lines: [row.line], invoice: inv };
    planned.push(next);
    plannedByNumber.set(key, [...sameNumberPlanned, next]);
  }
  return planned;
}

/** What the import page shows before anything is written. */
export interface ImportPreview {
  headers: string[];
  /** Key of the header set, under which the page remembers the user's mapping. */
  headerKey: string;
  mapping: ColumnMapping;
  rows: PlannedRow[];
}

/** What an import wrote. */
export interface ImportResult {
  created: number;
  merged: number;
  skipped: number;
}
