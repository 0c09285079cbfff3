/** Payment terms written in an invoice ("à réception", "30 jours", "Net 30", "45 jours fin de mois", "within 14 days") and the due date they give. */
import { addDays, endOfMonth } from '../calendar/iso-date';
import { COUNT_WORDS, countOf } from './count-words';

export interface PaymentTerms {
  days: number;
  /** "fin de mois" / "end of month": the due date moves to the last day of its month. */
  endOfMonth: boolean;
  /** "sous huit jours à compter de ce courrier", "30 days from today": counted from the mail's day, not the invoice's. */
  fromThisMail?: boolean;
  start: number;
  end: number;
}

// Not the "cinq" of "quarante-cinq".
const N = String.raw`(?<!-)(\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})`;

const ON_RECEIPT =
  /\b(payable |paiement |reglement |due )?(a|des|upon|on|au) (reception|receipt)\b|\bpaiement comptant\b|\bcomptant\b|\b(due |payable )?(upon|on) completion\b|\ba la livraison\b|\bdue immediately\b|\bpayable immediately\b/;
const DAYS_EOM = new RegExp(String.raw`\b${N} ?(?:jours|j|days) (?:net )?(?:fin de mois|end of (?:the )?month|eom)\b`);
const NET_N = new RegExp(String.raw`\bnet ?${N}\b|\b${N} (?:jours|days) nets?\b`);
const WITHIN_N = new RegExp(
  String.raw`\b(?:(?<!jusqu')a|sous|endeans(?: les)?|dans un delai de|dans les|dans|d'ici|within|in|en|payable a|paiement a|reglement a|due in|terms:?|conditions(?: de (?:paiement|reglement))? ?:?|payable within|payment within|paiement sous|reglement sous)\s+${N} ?(?:jours|j|days)\b`,
);
// "30 jours" near a payment word, as in "Paiement : 30 jours".
// "7 days to pay", "30 jours pour régler", "30 days from invoice date", "30 days from today", "Due: 30 days", "Total: 1 120 € – 30 jours" say
// the same around the count.
const LOOSE_N = new RegExp(
  String.raw`\b(?:paiement|reglement|payment|payable|terms|echeance)\b[^\n\d]{0,25}${N} ?(?:jours|j|days)\b|\b${N} (?:days|jours) (?:to pay|to settle|pour (?:payer|regler))\b` +
    String.raw`|\b${N} (?:days|jours) (?:from|after|following|a compter de|apres|a partir de|suivant) (?:the |la |l')?(?:date (?:de |d'|of )?)?(?:invoice|invoicing|issue|facture|facturation|emission|today|aujourd'hui|ce jour|receipt|reception)\b|\bdue ?: ?${N} ?(?:days|jours)\b` +
    // "Total: €1,120.00 – 30 days": the count after the total, on its line. "issued on 4 January with 14-day terms".
    String.raw`|\b(?:total|amount|montant)\b[^\n]{0,40}\d\W{0,3} [–-] ${N} ?(?:days|jours)\b|\b${N}[- ]day (?:payment )?terms\b`,
);

function count(word: string): number {
  return countOf(word);
}

// "Règlement fin de mois": the last day of the issue month.
// Not someone else's bills: "j'ai les fournisseurs à payer en fin de mois".
const END_OF_MONTH =
  /\b(?:reglement|paiement|payable|payment|due|(?<!\b(?:les|des|mes|nos|my|our) \w+ )(?:a regler|a payer))\s+(?:a\s+|le\s+|en\s+|at\s+|by\s+(?:the\s+)?)?(?:fin de mois|end of (?:the )?month)\b/;

function firstMatch(folded: string): PaymentTerms | undefined {
  let m = DAYS_EOM.exec(folded);
  if (m) return { days: count(m[1]), endOfMonth: true, start: m.index, end: m.index + m[0].length };
  m = END_OF_MONTH.exec(folded);
  if (m) return { days: 0, endOfMonth: true, start: m.index, end: m.index + m[0].length };
  m = NET_N.exec(folded);
  if (m) return { days: count(m[1] ?? m[2]), endOfMonth: false, start: m.index, end: m.index + m[0].length };
  m = WITHIN_N.exec(folded) ?? LOOSE_N.exec(folded);
  // The count is whichever alternative's group matched.
  if (m) return { days: count(m.slice(1).find((g) => g !== undefined) ?? ''), endOfMonth: false, start: m.index, end: m.index + m[0].length };
  m = ON_RECEIPT.exec(folded);
  if (m) return { days: 0, endOfMonth: false, start: m.index, end: m.index + m[0].length };
  return undefined;
}

// "Escompte de 2 % si règlement sous 8 jours", "2% discount if paid within 10 days": the window of a discount, not the term.
const DISCOUNT_WINDOW = new RegExp(
  String.raw`\b(?:escompte|discount|remise)\b[^.\n]{0,60}?\b(?:sous|within|dans les|dans un delai de|in)\s+${N} ?(?:jours|j|days)\b`,
  'g',
);

// The day the count starts from, said after the terms or as their end: this mail's.
const FROM_THIS_MAIL =
  /^[^.\n]{0,6}\b(?:a compter|a partir|from|starting)\s(?:de |du |d')?(?:ce (?:courrier|mail|message|jour)|la (?:presente|reception de la presente)|today|aujourd'hui|this (?:letter|e-?mail|notice|date))\b|\b(?:today|aujourd'hui|ce jour)$/;

/** The payment terms of a folded text, or undefined when none are written (a late-payment clause is not a term). */
export function findPaymentTerms(folded: string): PaymentTerms | undefined {
  const terms = firstMatch(folded.replace(DISCOUNT_WINDOW, (m) => ' '.repeat(m.length)));
  if (!terms || !Number.isFinite(terms.days) || terms.days > 365) return undefined;
  return FROM_THIS_MAIL.test(folded.slice(terms.start, terms.end)) || FROM_THIS_MAIL.test(folded.slice(terms.end, terms.end + 60))
    ? { ...terms, fromThisMail: true }
    : terms;
}

/** Due date from an issue date and terms: "45 jours fin de mois" adds 45 days, then goes to the end of that month. */
export function dueDateFromTerms(issueDate: string, terms: PaymentTerms): string {
  const due = addDays(issueDate, terms.days);
  return terms.endOfMonth ? endOfMonth(due) : due;
}
