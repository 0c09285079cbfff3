import type { Money } from '../mail/types';
import type { DebtorKind } from '../model/client';
import { defaultDueDate } from '../legal/payment-period';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './column-mapping';
import type { CsvTable } from './parse-csv';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';

/** One invoice read from a CSV row. */
export interface ImportedInvoice {
  number: string;
  clientName: string;
  clientEmail?: string;
  clientKind: DebtorKind;
  amountDue: Money;
  total: Money;
  issueDate: string;
  /** The row gave no issue date: `issueDate` is the due date standing in, never printed. */
  issueDateUnknown?: boolean;
  dueDate: string;
}

export type RowProblem = 'import_err_number' | 'import_err_client' | 'import_err_amount' | 'import_err_date' | 'import_err_email' | 'import_err_currency';

/** A CSV row read through the mapping: the invoice, or why it cannot be imported. `line` is 1-based, header = line 1. */
export interface MappedRow {
  line: number;
  invoice?: ImportedInvoice;
  problems: RowProblem[];
}

export interface ImportDefaults {
  currency: string;
  paymentTermsDays: number;
}

const CONSUMER = /(particulier|consumer|individual|b2c|personne physique)/i;
const PUBLIC = /(public|publique|b2g|collectivit|administration|mairie|commune)/i;

/** The client kind a CSV cell names ("Particulier", "B2G", "Collectivité"…); a company when it names none. */
function kindOf(cell: string): DebtorKind {
  return CONSUMER.test(cell) ? 'consumer' : PUBLIC.test(cell) ? 'public' : 'business';
}

/** Reads every row through the mapping; a row missing a number, a client, an amount or a date is reported, not guessed. */
export function mapRows(table: CsvTable, mapping: ColumnMapping, defaults: ImportDefaults): MappedRow[] {
  const column = (field: ImportField) => (mapping[field] === undefined ? -1 : table.headers.indexOf(mapping[field]!));
  const index = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, column(f)])) as Record<ImportField, number>;
  return table.rows.map((row, i) => {
    const cell = (field: ImportField) => (index[field] >= 0 ? (row[index[field]] ?? '').trim() : '');
    const problems: RowProblem[] = [];
    const number = cell('number');
    if (!number) problems.push('import_err_number');
    const email = cell('clientEmail').toLowerCase();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push('import_err_email');
    const clientName = cell('clientName') || email;
    if (!clientName) problems.push('import_err_client');
    const currency = (cell('currency') || defaults.currency).toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) problems.push('import_err_currency');
    const due = cell('amountDue') ? parseAmount(cell('amountDue'), currency) : undefined;
    const total = cell('total') ? parseAmount(cell('total'), currency) : undefined;
    const amountDue = due ?? total;
    if (amountDue === undefined || amountDue < 0 || (cell('amountDue') && due === undefined) || (cell('total') && total === undefined))
      problems.push('import_err_amount');
    const issueDate = cell('issueDate') ? parseDate(cell('issueDate')) : undefined;
    const dueDateRead = cell('dueDate') ? parseDate(cell('dueDate')) : undefined;
    const badDate = (cell('issueDate') && !issueDate) || (cell('dueDate') && !dueDateRead) || (!issueDate && !dueDateRead);
    if (badDate) problems.push('import_err_date');
    if (problems.length > 0) return { line: i + 2, problems };
    const clientKind = kindOf(cell('clientKind'));
    const dueDate = dueDateRead ?? defaultDueDate(issueDate!, clientKind, defaults.paymentTermsDays);
    return {
      line: i + 2,
      problems,
      invoice: {
        number,
        clientName,
        clientEmail: email || undefined,
        clientKind,
        amountDue: { minor: amountDue!, currency },
        total: { minor: total ?? amountDue!, currency },
        issueDate: issueDate ?? dueDate,
        ...(issueDate ? {} : { issueDateUnknown: true }),
        dueDate,
      },
    };
  });
}
