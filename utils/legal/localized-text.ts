/** A sentence in both languages of the product. */
export interface LocalizedText {
  fr: string;
  en: string;
}
