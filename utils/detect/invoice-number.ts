/** The invoice number as written ("F-2026-014", "INV-0042", "#1042", "n° 2026-0031") from the subject, body and attachment names. */
import { literalPattern } from './literal-pattern';

// A number token: starts with a letter or digit, contains a digit, may carry - _ / . inside.
const TOKEN = String.raw`([a-z0-9](?:[a-z0-9_/.-]*[a-z0-9])?)`;
const INVOICE_WORD = String.raw`(?:facture|invoice|inv|fact|fa|rechnung|bill|note d'honoraires|fee note)`;
const MARK = String.raw`(?:n\s?o\.?|no\.?|nr\.?|num(?:ero)?\.?|number|ref(?:erence)?\.?|#|n\b)`;

const LABELLED = [
  // "Numéro de facture : F-0057", "Invoice Number: INV-0019", "N° de facture : 2026-0117"
  new RegExp(String.raw`(?:${MARK}|numero|number)\s*(?:de\s+(?:la\s+)?facture|of invoice)\s*[:#]?\s*${TOKEN}`, 'g'),
  new RegExp(String.raw`(?:invoice|facture)\s+(?:number|numero|no\.?|n°|#)\s*[:#]?\s*${TOKEN}`, 'g'),
  // "facture n°2026-03", "Invoice #1042", "facture N° 1087", "la facture n 0612", "Facture : FACT-2026-0044", "invoice ref. 2026-19"
  new RegExp(String.raw`\b${INVOICE_WORD}\b(?:\s+[a-z]{3,12})?\s*[\]:)]?\s*${MARK}\s*[:.]?\s*${TOKEN}`, 'g'),
  // a labelled line: "Numéro : FACT-2026-0019", "N° : 12"
  new RegExp(String.raw`^\s*(?:numero|number|n ?o|no\.)\s*:\s*${TOKEN}`, 'gm'),
  // "invoice (0000318)"
  new RegExp(String.raw`\b${INVOICE_WORD}\s*\(\s*#?${TOKEN}\s*\)`, 'g'),
];
// "Facture F-2026-014", "[Facture] FCT-26-0098", "invoice 2026-017", "Facture : FACT-2026-0044", "Relance facture F2026-007"
const PLAIN = new RegExp(
  String.raw`\b(?:facture|invoice|inv(?![-_]?\d)|note d'honoraires)\b\s*(?:[\]:)-]\s*)?(?:(?:de solde|d'acompte|de regularisation|rectificative|finale?|balance|deposit)\s+)?${TOKEN}(?![.,]?\d| \d| ?(?:€|eur|euros?|\$|£)\b)`,
  'g',
);
// "(n° 2026-0031)" with no invoice word next to it: weakest, and never after an order, a PO or a SIRET.
const LONE_MARK = new RegExp(
  String.raw`(?<!(?:commande|order|po|siret|siren|tva|vat|client|contrat|dossier|devis|avoir|recu|receipt|quote|estimate|ticket|case)\s?)(?:\bno\.?|\bn o|#)\s*${TOKEN}`,
  'g',
);

const NOT_NUMBERS = /^(de|du|des|la|le|for|from|of|the|to|a|en|pour|mars|avril|mai|juin|date|due|pdf|is|est|et|and|disponible|available|attached|jointe?|ci)$/;

/**
 * `labelled`: the words before the token say it is the invoice's number ("facture n° 2026-07-12", "Invoice 2026-10-05"),
 * so a number shaped like an ISO date (a common year-month-sequence scheme) is taken as one.
 */
function plausible(token: string, labelled = false): boolean {
  if (!/\d/.test(token) || NOT_NUMBERS.test(token)) return false;
  if (token.length > 30) return false;
  if (/^\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?$/.test(token) || (!labelled && /^\d{4}-\d{2}-\d{2}$/.test(token))) return false; // a date
  if (/^\d+[.,]\d{2}$/.test(token)) return false; // an amount
  return true;
}

function firstToken(folded: string, original: string, patterns: RegExp[], labelled = true): string | undefined {
  let best: { index: number; value: string } | undefined;
  for (const re of patterns) {
    for (const m of folded.matchAll(re)) {
      const token = m[m.length - 1];
      if (!plausible(token, labelled)) continue;
      const at = m.index + m[0].lastIndexOf(token);
      if (!best || at < best.index) best = { index: at, value: original.slice(at, at + token.length) };
      break;
    }
  }
  return best?.value.replace(/[.]+$/, '');
}

/** Number from an attachment name: "Facture_F-2026-014.pdf" → "F-2026-014", "GraceLiu_Invoice_2026-004.pdf" → "2026-004". */
function fromAttachment(name: string): string | undefined {
  // "FA-2026-0033_situation2.pdf", "FA-2027-0006_acompte.pdf": what the file is, after the number.
  const base = name
    .replace(/\.(pdf|xml|docx?|xlsx?|png|jpe?g)$/i, '')
    .replace(/[_\s-]+(situation\s?n?°?\d*|acompte|solde|avoir|deposit|balance|final|signed|signee?|copie|copy|duplicata|v\d+|AfP\d+)$/i, '');
  // Names that are the number itself: "FA00231.pdf", "INV-2026-031.pdf", "FACT-2026-0019.pdf", "FA-ML-2026-019.pdf", also
  // after the sender's own prefix ("OFC_INV-2026-014.pdf").
  // "INV_2026-030.pdf": an underscore ends the file's word, the number follows; "INV-2026-031" is the number itself.
  const itself = (part: string) => /^(F|FA|FAC|FACT|FCT|INV)-?\d[\w-]*$/i.test(part) || /^[A-Z]{1,5}(-[A-Z]{1,5})*-\d[\w-]{0,20}$/.test(part);
  // "INV-1120_schedule.pdf", "FA-2026-0002_Vignes-Vagabonds.pdf": words after an underscore say what the file is.
  const beforeWord = base.replace(/(?<=\d)(_[A-Za-z][A-Za-z-]+)+$/, '');
  if (itself(beforeWord)) return beforeWord;
  const last = base.slice(base.lastIndexOf('_') + 1);
  if (last !== base && /^[A-Z]{1,5}(-[A-Z]{1,5})*-\d[\w-]{0,20}$/.test(last)) return last;
  const m = /(?:facture|invoice|fact|inv)[\s_-]*(?:n°|no|nr|#)?[\s_-]*([A-Za-z0-9][A-Za-z0-9_.-]*)/i.exec(base);
  const token = m?.[1].replace(/^[_-]+|[_-]+$/g, '');
  return token && plausible(token.toLowerCase(), true) && !/[_\s]/.test(token) ? token : undefined;
}

// Also a code that names something else: "with the title code KB-2027-114", "customer no. C-2041".
const QUOTE_OR_ORDER_BEFORE =
  /\b(devis|quote|quotation|estimate|bon de commande|purchase order|po|order|commande|avoir|credit note|code|client|customer|account|compte)\b[^\n\w]{0,6}(n ?o\.? ?|number )?$/;

/** The attachment's number when the mail writes it too: two sources agreeing beat any label ("facture de solde … FA-ML-2026-019"). */
function confirmedByText(src: NumberSources): string | undefined {
  for (const name of src.attachmentNames) {
    const token = fromAttachment(name);
    if (!token) continue;
    const re = new RegExp(String.raw`(?<![\w-])${literalPattern(token.toLowerCase())}(?![\w-]|[.,]\d)`);
    for (const [folded, original] of [
      [src.foldedSubject, src.subject],
      [src.foldedBody, src.body],
    ] as const) {
      const m = re.exec(folded);
      // "devis DE-2025-031 signé" beside "DE-2025-031_signe.pdf": the signed quote, not the invoice.
      if (m && !QUOTE_OR_ORDER_BEFORE.test(folded.slice(Math.max(0, m.index - 25), m.index))) return original.slice(m.index, m.index + token.length);
    }
  }
  return undefined;
}

export interface NumberSources {
  subject: string;
  foldedSubject: string;
  body: string;
  foldedBody: string;
  attachmentNames: string[];
}

/** The invoice number, searched from the most explicit label to the weakest hint; undefined when none is written. */
export function findInvoiceNumber(src: NumberSources): string | undefined {
  return (
    confirmedByText(src) ??
    // A subject that is the number and nothing else ("FC-2027-008").
    (/^[A-Z]{1,6}(-[A-Z]{1,6})*-\d[\w-]{2,20}$/.test(src.subject.trim()) ? src.subject.trim() : undefined) ??
    firstToken(src.foldedSubject, src.subject, LABELLED) ??
    firstToken(src.foldedBody, src.body, LABELLED) ??
    firstToken(src.foldedSubject, src.subject, [PLAIN]) ??
    firstToken(src.foldedBody, src.body, [PLAIN]) ??
    src.attachmentNames.map(fromAttachment).find((n) => n !== undefined) ??
    firstToken(src.foldedBody, src.body, [LONE_MARK], false)
  );
}
