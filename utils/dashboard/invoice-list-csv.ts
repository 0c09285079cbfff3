import { csvCell } from '../export/timeline-csv';
import { keyFor, type Language, type Translate } from '../i18n/translator';
import type { InvoiceSummary } from '../model/view';
import { minorToDecimal } from '../templates/format-money';

/**
 * The invoices shown in the dashboard as a spreadsheet: UTF-8 with a BOM and CRLF; in French ';' between cells and a
 * decimal comma (what a French Excel opens without an import wizard), in English ',' and a decimal point.
 */
export function invoiceListCsv(invoices: InvoiceSummary[], language: Language, t: Translate): string {
  const delimiter = language === 'fr' ? ';' : ',';
  const amount = (minor: number, currency: string) => {
    const decimal = minorToDecimal({ minor, currency });
    return language === 'fr' ? decimal.replace('.', ',') : decimal;
  };
  const header = [
    'dash_col_number',
    'dash_col_client',
    'dash_col_issue',
    'dash_col_due',
    'dash_col_amount',
    'dash_col_currency',
    'dash_col_days',
    'dash_col_stage',
    'dash_col_status',
    'dash_col_next',
  ] as const;
  const rows = [header.map((k) => t(k))];
  for (const i of invoices) {
    rows.push([
      i.number,
      i.clientName,
      i.issueDate,
      i.dueDate,
      amount(i.amountDue.minor, i.amountDue.currency),
      i.amountDue.currency,
      String(i.daysLate),
      t(keyFor('stage_', i.stage)),
      t(keyFor('sb_status_', i.status)),
      i.nextActionDate ?? '',
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(delimiter)).join('\r\n')}\r\n`;
}
