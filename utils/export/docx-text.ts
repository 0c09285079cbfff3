import { Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { xmlSafeText } from './xml-safe-text';

export interface TextStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number; // half-points
  font?: string;
  color?: string;
}

/** Runs for a possibly multi-line text: each line break becomes a real Word line break, unsafe characters are dropped. */
export function textRuns(text: string, style: TextStyle = {}): TextRun[] {
  return xmlSafeText(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ ...style, text: line, break: index === 0 ? undefined : 1 }));
}

/** One paragraph of text (line breaks kept) with optional paragraph options. */
export function textParagraph(text: string, style: TextStyle = {}, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, ...options, children: textRuns(text, style) });
}

/** A paragraph made of labelled segments, e.g. [["Objet : ", {bold}], ["Mise en demeure", {}]]. */
export function mixedParagraph(segments: Array<[string, TextStyle?]>, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, ...options, children: segments.flatMap(([text, style]) => textRuns(text, style)) });
}

/** A block of lines without space between them (an address). */
export function lineBlock(lines: string[], options: Omit<IParagraphOptions, 'children' | 'text'> = {}, firstBold = true): Paragraph[] {
  return lines.map((line, index) => textParagraph(line, index === 0 && firstBold ? { bold: true } : {}, { spacing: { after: 0 }, ...options }));
}
