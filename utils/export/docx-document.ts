import { Document, Packer, type FileChild } from 'docx';
import { xmlSafeText } from './xml-safe-text';
import type { Language } from '../model/language';

export interface DocxMeta {
  title: string;
  creator: string;
  language: Language;
}

const CM = 567; // twips per centimetre

/** Packs A4 pages of content with the house style (Arial 10.5 pt, 2 cm margins) into DOCX bytes. */
export async function packDocx(meta: DocxMeta, children: FileChild[]): Promise<Uint8Array> {
  const document = new Document({
    title: xmlSafeText(meta.title),
    creator: xmlSafeText(meta.creator),
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 21, language: { value: meta.language === 'fr' ? 'fr-FR' : 'en-GB' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2 * CM, bottom: 2 * CM, left: 2 * CM, right: 2 * CM },
          },
        },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
