import { AlignmentType, BorderStyle, ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import { packDocx } from './docx-document';
import type { BlockDocument, DocumentBlock } from './document-blocks';
import { textTable } from './docx-table';
import { lineBlock, textParagraph, textRuns } from './docx-text';
import { epcQrGif } from '../payment/epc-qr-image';
import { xmlSafeText } from './xml-safe-text';

const INDENT = 5102; // 9 cm: an address block in the window of a DL envelope
const QR_SIDE_PX = 120; // ≈ 3.2 cm at 96 dpi: read by a phone at arm's length, small beside the bank details
const ALIGN = { right: AlignmentType.RIGHT, justify: AlignmentType.BOTH, center: AlignmentType.CENTER } as const;
const WARNING_BORDER = { style: BorderStyle.SINGLE, size: 8, color: 'B45309', space: 4 };

/** A block document as DOCX bytes (A4, house style). */
export function renderBlocksDocx(document: BlockDocument): Promise<Uint8Array> {
  return packDocx({ title: document.title, creator: document.creator, language: document.language }, document.blocks.flatMap(docxBlock));
}

function docxBlock(block: DocumentBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [textParagraph(block.text, { bold: true, size: 26 }, { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } })];
    case 'lines':
      return lineBlock(block.lines, block.indent ? { indent: { left: INDENT } } : {}, !block.plainFirst);
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          ...(block.align ? { alignment: ALIGN[block.align] } : {}),
          children: block.segments.flatMap((s) => textRuns(s.text, { bold: s.bold, italics: s.italics, ...(block.small ? { size: 17 } : {}) })),
        }),
      ];
    case 'table':
      return [textTable(block.table), textParagraph('')];
    case 'warning':
      return [block.title, ...block.items.map((item) => `• ${item}`)].map(
        (text, index) =>
          new Paragraph({
            border: {
              top: index === 0 ? WARNING_BORDER : undefined,
              bottom: index === block.items.length ? WARNING_BORDER : undefined,
              left: WARNING_BORDER,
              right: WARNING_BORDER,
            },
            spacing: { after: index === block.items.length ? 200 : 40 },
            children: textRuns(text, { bold: index === 0, size: 19 }),
          }),
      );
    case 'payment-qr':
      return [
        new Paragraph({
          spacing: { after: 120 },
          keepLines: true,
          children: [
            new ImageRun({
              type: 'gif',
              data: epcQrGif(block.payload),
              transformation: { width: QR_SIDE_PX, height: QR_SIDE_PX },
              altText: { name: 'QR', title: xmlSafeText(block.caption), description: xmlSafeText(block.payload) },
            }),
            new TextRun({ text: xmlSafeText(block.caption), italics: true, size: 17, break: 1 }),
          ],
        }),
      ];
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}
