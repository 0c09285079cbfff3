/**
 * A table's rows read with their column headers. "| Facture | Date | Échéance | Montant TTC |" above
 * "| FA-2027-0137 | 15/04/2027 | 15/05/2027 | EUR 2.640,00 |" (a service's reminder; an HTML table read as text, its
 * cells apart) reads "Facture : FA-2027-0137 | Date : 15/04/2027 | Échéance : 15/05/2027 | Montant TTC : EUR 2.640,00",
 * so each value sits after its label as in a sentence, where the amount and date readers look for it.
 */
const SEPARATOR = /\s*(?:\||\t)\s*/;
const RULE = /^[\s|:+-]*$/;

function cellsOf(line: string): string[] | undefined {
  if (!line.includes('|') && !line.includes('\t')) return undefined;
  const row = line
    .trim()
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(SEPARATOR);
  return row.length >= 2 ? row : undefined;
}

export function labelTableCells(text: string): string {
  if (!text.includes('|') && !text.includes('\t')) return text;
  let header: string[] | undefined;
  return text
    .split('\n')
    .map((line) => {
      if (header && RULE.test(line) && line.includes('-')) return line; // a Markdown rule under the header
      const row = cellsOf(line);
      if (!row) {
        header = undefined;
        return line;
      }
      // A header names its columns in words; a row of values holds digits.
      if (row.every((cell) => cell !== '' && !/\d/.test(cell))) {
        header = row;
        return line;
      }
      if (!header || header.length !== row.length) return line;
      const names = header;
      return row.map((cell, i) => `${names[i]} : ${cell}`).join(' | ');
    })
    .join('\n');
}
