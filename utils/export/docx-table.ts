import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import { textRuns, type TextStyle } from './docx-text';

export interface TableColumn {
  /** Share of the table width, in percent. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableSpec {
  columns: TableColumn[];
  header?: string[];
  rows: string[][];
  /** Rows drawn in bold after the body (totals); a row shorter than the columns widens its first cell to fill them. */
  footer?: string[][];
  /** Font size in half-points, for dense tables. */
  size?: number;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** A bordered full-width table of text cells; the header repeats on each page. */
export function textTable(spec: TableSpec): Table {
  const row = (cells: string[], style: TextStyle, header = false): TableRow => {
    const span = Math.max(1, spec.columns.length - cells.length + 1);
    const columns = spec.columns.slice(span - 1);
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: columns.map(
        (column, index) =>
          new TableCell({
            columnSpan: index === 0 && span > 1 ? span : undefined,
            width: { size: index === 0 ? spec.columns.slice(0, span).reduce((s, c) => s + c.width, 0) : column.width, type: WidthType.PERCENTAGE },
            borders: BORDERS,
            shading: header ? { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } : undefined,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            children: [
              new Paragraph({
                alignment: column.align === 'right' && !(index === 0 && span > 1) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: textRuns(cells[index] ?? '', style),
              }),
            ],
          }),
      ),
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(spec.header ? [row(spec.header, { bold: true, size: spec.size }, true)] : []),
      ...spec.rows.map((cells) => row(cells, { size: spec.size })),
      ...(spec.footer ?? []).map((cells) => row(cells, { bold: true, size: spec.size })),
    ],
  });
}
