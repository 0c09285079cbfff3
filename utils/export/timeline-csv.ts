import type { TimelineEvent } from '../model/event';
import { describeEvent } from './event-description';
import { chronological } from './timeline-order';
import type { Language } from '../model/language';

const HEADERS = {
  fr: [
    'Date',
    'Enregistré le',
    'Facture',
    'N°',
    'Événement',
    'Résumé',
    'Texte intégral',
    'Corrige',
    'Empreinte précédente (SHA-256)',
    'Empreinte (SHA-256)',
    'Type',
  ],
  en: ['Date', 'Recorded at', 'Invoice', 'No.', 'Event', 'Summary', 'Full text', 'Corrects', 'Previous hash (SHA-256)', 'Hash (SHA-256)', 'Kind'],
};

// Named characters rather than quotes inside template literals, which some static tools read as unterminated strings.
const TEXT_MARK = '\u0027'; // apostrophe: the spreadsheet shows the cell as text
const DOUBLE_QUOTE = '\u0022';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[\u0022,;\t\r\n]/;

/**
 * One CSV cell: text a spreadsheet would run as a formula (leading = + - @, tab or CR) gets a leading apostrophe
 * (OWASP "CSV injection"), then RFC 4180 quoting when the cell holds a comma, semicolon, tab, quote or line break (so no delimiter sniffing can split it).
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? TEXT_MARK + value : value;
  return NEEDS_QUOTES.test(safe) ? DOUBLE_QUOTE + safe.replaceAll(DOUBLE_QUOTE, DOUBLE_QUOTE + DOUBLE_QUOTE) + DOUBLE_QUOTE : safe;
}

export interface TimelineCsvInput {
  invoices: ReadonlyArray<{ id: string; number: string }>;
  events: readonly TimelineEvent[];
  language?: Language;
  /** ',' per RFC 4180 (default), or ';' for a French Excel that splits on semicolons. */
  delimiter?: ',' | ';';
}

/** The timeline as CSV for Excel and LibreOffice: UTF-8 with a BOM, CRLF line ends, one row per event in chronological order. */
export function timelineCsv(input: TimelineCsvInput): string {
  const language = input.language ?? 'fr';
  const delimiter = input.delimiter ?? ',';
  const numbers = new Map(input.invoices.map((invoice) => [invoice.id, invoice.number]));
  const rows = [HEADERS[language]];
  for (const event of chronological(input.events)) {
    const description = describeEvent(event, language);
    rows.push([
      event.occurredOn,
      event.recordedAt,
      numbers.get(event.invoiceId) ?? event.invoiceId,
      String(event.seq),
      description.label,
      description.summary,
      description.fullText ?? '',
      event.corrects ?? '',
      event.prevHash,
      event.hash,
      event.kind,
    ]);
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(delimiter)).join('\r\n') + '\r\n';
}
