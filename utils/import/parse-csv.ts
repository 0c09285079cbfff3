import Papa from 'papaparse';

export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** The delimiter papaparse settled on (French tools export with ';'). */
  delimiter: string;
}

/** Parses CSV text (BOM, ';' or ',' or tab, quoted fields, CRLF) into trimmed headers and rows; blank lines are dropped. */
export function parseCsv(text: string): CsvTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] });
  const [first = [], ...rest] = result.data;
  const headers = first.map((h) => h.trim());
  const rows = rest.map((row) => headers.map((_, i) => (row[i] ?? '').trim()));
  return { headers, rows, delimiter: result.meta.delimiter };
}
