import type { TableSpec } from './docx-table';
import type { Language } from '../model/language';

/**
 * A letter as plain blocks, rendered twice from the same data: to DOCX (docx-blocks.ts) and to the print-ready A4 page
 * (components/print/). Text stays text in both: nothing here is markup.
 */
export type DocumentBlock =
  | { kind: 'heading'; text: string }
  /** Lines without space between them (an address); the first in bold unless `plainFirst`. */
  | { kind: 'lines'; lines: string[]; indent?: boolean; plainFirst?: boolean }
  | { kind: 'paragraph'; segments: TextSegment[]; align?: 'right' | 'justify' | 'center'; small?: boolean }
  | { kind: 'table'; table: TableSpec }
  /** A boxed warning for the user, printed too so it is not lost between the screen and the post. */
  | { kind: 'warning'; title: string; items: string[] }
  /** A SEPA payment QR code of this EPC payload, with its caption. */
  | { kind: 'payment-qr'; payload: string; caption: string }
  | { kind: 'page-break' };

export interface TextSegment {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export interface BlockDocument {
  title: string;
  creator: string;
  language: Language;
  blocks: DocumentBlock[];
}

/** A paragraph of one plain, bold or italic text. */
export function para(text: string, style: Omit<TextSegment, 'text'> = {}, align?: 'right' | 'justify' | 'center'): DocumentBlock {
  return { kind: 'paragraph', segments: [{ text, ...style }], ...(align ? { align } : {}) };
}
