import type { DocumentBlock } from '../../utils/export/document-blocks';
import { epcQrGif } from '../../utils/payment/epc-qr-image';
import { bytesToBase64 } from '../../utils/messaging/base64';

/** One block of a letter as the print page shows it; every text is a text node (nothing here is markup). */
export function LetterBlock({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h1>{block.text}</h1>;
    case 'lines':
      return (
        <p class={block.indent ? 'lines window' : 'lines'}>
          {block.lines.map((line, index) => (
            <span key={index} class={index === 0 && !block.plainFirst ? 'strong' : undefined}>
              {line}
              <br />
            </span>
          ))}
        </p>
      );
    case 'paragraph':
      return (
        <p class={[block.align && `align-${block.align}`, block.small && 'small'].filter(Boolean).join(' ') || undefined}>
          {block.segments.map((s, index) => (
            <span key={index} class={[s.bold && 'strong', s.italics && 'em'].filter(Boolean).join(' ') || undefined}>
              {s.text}
            </span>
          ))}
        </p>
      );
    case 'table': {
      const { table } = block;
      const cell = (text: string, index: number, span = 1) => (
        <td key={index} colSpan={span > 1 ? span : undefined} class={table.columns[index]?.align === 'right' && span === 1 ? 'num' : undefined}>
          {text}
        </td>
      );
      const row = (cells: string[]) => {
        const span = Math.max(1, table.columns.length - cells.length + 1);
        return cells.map((text, index) => cell(text, index === 0 ? 0 : index + span - 1, index === 0 ? span : 1));
      };
      return (
        <table class={table.size ? 'dense' : undefined}>
          {table.header && (
            <thead>
              <tr>
                {table.header.map((h, index) => (
                  <th key={index}>{h}</th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {table.rows.map((cells, index) => (
              <tr key={index}>{row(cells)}</tr>
            ))}
            {(table.footer ?? []).map((cells, index) => (
              <tr key={`f${index}`} class="strong">
                {row(cells)}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'warning':
      return (
        <aside class="warning">
          <p class="strong">{block.title}</p>
          <ul>
            {block.items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </aside>
      );
    case 'payment-qr':
      return (
        <figure class="qr">
          <img
            src={`data:image/gif;base64,${bytesToBase64(epcQrGif(block.payload))}`}
            alt={block.caption}
            width={120}
            height={120}
            data-payload={block.payload}
          />
          <figcaption>{block.caption}</figcaption>
        </figure>
      );
    case 'page-break':
      return <hr class="page-break" />;
  }
}
