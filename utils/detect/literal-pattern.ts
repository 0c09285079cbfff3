/** `text` as a regular expression's source that matches it literally (an invoice number read in a mail: "FA-2026/12"). */
export const literalPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
