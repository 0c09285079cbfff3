/** Picks, among the amounts of a mail, the one still to pay: TTC over HT, balance over deposit, never the 40 € indemnity. */
import type { FoundAmount } from './amount';
import { PAID_LIST } from './remainder-due';
import { NO_VAT_ADDED } from './vat-exemption';

interface Label {
  re: RegExp;
  score: number;
  /** The score when the mail says no VAT is added. */
  noVat?: number;
  /** Words before the amount that make the label say nothing (it then scores 0). */
  unless?: RegExp;
}

// "40% of $5,000.00", "50% upfront of $9,000.00", "50% deposit on €900.00", "18% of first-year base salary of £80,000": the whole a share is taken from.
const SHARE_OF = /\d\s*%\s*(?:[a-z'-]+\s+){0,5}(de|du|des|of|on|sur)\s*$/;
// "salaire annuel brut de 70 000 €", "base salary of EUR 70,000": a fee is a share of it, never the salary itself.
const SALARY = /\b(salaire|salary|remuneration|package|compensation|ote)\b[^\n\d$€£]{0,30}$/;
const SUBTOTAL = /(sous-total|subtotal|sub-total)\W*$/;
const BEFORE_TAX = /(total ht|montant ht|\bht|net amount|net total|total net|hors taxes?|excl\.? (vat|tax)|ex\.? (vat|tax)|excluding (vat|tax)|hors tva)\W*$/;
// "48 pages × EUR 50.00 = EUR 2,400.00", "2 heures × 30,00 € = 60,00 €": the result of a line, not the invoice's total.
const LINE_PRODUCT = /\d[^\n=]{0,40}(×|\bx\b|\*|\bat\b|@|\ba\b|\bpar\b)[^\n=]{0,25}\d[^\n=]{0,12}=\s*[^\n\d]{0,5}$/;

// Read on the words just before the amount (same line).
const BEFORE_LABELS: Label[] = [
  // "Montant de la présente facture : 1 400,00 €", "Stage 2 (40%) — this invoice: £3,600.00" name this invoice's figure
  // among the project's total and shares.
  {
    re: /(montant de (la presente|cette) facture|(amount|total) of this invoice|this invoice'?s? (amount|total)|(^|[—–-] ?)(this invoice|cette facture|la presente facture))\W*$/,
    score: 7,
  },
  // "Reste dû après cette échéance : 360,00 €", "balance remaining after this payment": what will be left, not what is asked.
  // "Reste dû sur la 2026-09 après cette échéance :": the invoice's number may sit in between, no other amount.
  { re: /\b(reste|restant|remaining|balance|solde|left)\b(?:(?!\d[.,]\d\d)[^\n]){0,25}\b(apres|after)\b(?:(?!\d[.,]\d\d)[^\n]){0,30}$/, score: -4 },
  // "Amount payable now: £3,240.00" under a milestone less its retention, "Net à payer": the figure asked, said outright.
  {
    re: /((amount|montant|total|balance|solde)\s+)?(payable|due|to pay|a payer|a regler)\s+(now|today|maintenant|ce jour|aujourd'hui)\W*$|net a payer\W*$/,
    score: 10,
  },
  // "remaining balance is", "amount outstanding of", "balance now due", "deposit due now (non-refundable retainer):"
  {
    re: /(reste a payer|reste a regler|restant a regler|solde a regler|reste du|restant du|solde (du|restant|a payer)|net a payer|montant du|montant a payer|a payer|a regler|amount due|balance due|total due|amount payable|total payable|amount outstanding|outstanding|balance|left to pay|to pay|montant restant|a nous (regler|payer|verser)|payable to us|to be paid to us|due now|payable now|reste a (votre |sa |leur )?charge|reste a charge [^\n:\d]{1,40}:|net a reverser( a [^\n:\d]{1,40})?:|a votre charge|(company|client|employer|your) share|share due|due from [^\n:]{0,40}|(?:payable|owed|due) by [^\n:\d]{1,40}|a la charge (?:de|du|des) [^\n:\d]{1,40}|\breste)( (is|est|of|de|now|due|payable|remaining|restant|now due|donc|s'eleve|a|amounts to|ce jour|aujourd'hui|today))*\W*$|(due now|due today|payable now|to pay now|a regler maintenant|payable on receipt|payable a reception|payable des reception)[^\n\d$€£]{0,35}$/,
    score: 6,
  },
  {
    re: /(total ttc|montant ttc|ttc|(total )?\(?(inc\.?|incl\.?|including|inclusive of|with) (vat|tax|taxes|gst|hst)\)?|tva comprise|toutes taxes comprises|total this (claim|invoice))\W*$/,
    score: 5,
  },
  { re: /((?<![\w-])total|grand total|soit|=|i\.e\.|that is)\W*$/, score: 4, unless: LINE_PRODUCT },
  // "la facture FA-2026-0031 d'un montant de 2 070,00 €", "invoice INV-9 in the amount of": the invoice's own figure.
  { re: /\b(facture|invoice)\b(?:(?!\d[.,]\d\d)[^\n]){0,40}(d'un montant( total)? de|in the amount of|for an amount of|for a total of)\W*$/, score: 5 },
  // A service's sentence for its own invoice: "To view your invoice for EUR 1,950.00", "sent you an invoice for €1,800.00".
  { re: /\b(your|an|the|votre|une) (invoice|facture) (for|of|de|d'un montant de)\W*$/, score: 5 },
  // Before the bare "of"/"de" below, which they end with.
  { re: SHARE_OF, score: -2 },
  { re: SALARY, score: -4 },
  { re: /(d'un montant( total)? de|montant|amount|for|de|of|pour|payment of)\W*$/, score: 2 },
  { re: SUBTOTAL, score: -3 },
  // Under a VAT exemption or reverse charge the net is the total: "Net amount: EUR 2,736.00 / VAT: 0.00 – reverse charge".
  { re: BEFORE_TAX, score: -3, noVat: 4 },
  // The tax's own amount: "TVA 20 % : 200,00 €"; not one after it ("TVA 100,00 € – 600,00 € TTC"), nor one "sans TVA : 1 800,00 €",
  // "no VAT: £900.00", which is the amount asked.
  { re: /(tva|vat|tax|gst|hst|pst|taxes)\b(?:(?!\d[.,]\d\d)[^\n]){0,12}$/, score: -5, unless: /\b(sans|without|no|pas de) (tva|vat|tax|taxes)\b[^\n]{0,12}$/ },
  // No other amount between the word and this one: "deposit ($2,250.00 of the $4,500.00" only labels the first.
  { re: /(acompte|deposit|arrhes|deja (verse|regle|paye)|received|recu|paid|paye|avoir|credit)(?:(?!\d[.,]\d\d)[^\n$€£]){0,25}$/, score: -5 },
  { re: /(x|@|a|par|per)\s*$/, score: -3 },
];

// Read on the words just after the amount.
const AFTER_LABELS: Label[] = [
  // "Le solde de 1 260,00 € TTC sera facturé à la restitution", "the rest will be invoiced on delivery": billed later (before its TTC).
  { re: /^[^\n\d]{0,12}\b(sera factur\w*|seront factur\w*|will be (invoiced|billed)|fera l'objet d'une (autre |nouvelle )?facture)/, score: -4 },
  { re: /^\W{0,3}(ttc|tax(es)? incl|incl\.? (vat|gst|tax))/, score: 4 },
  { re: /^\W{0,3}(ht|hors tax|excl|\+ ?(tva|vat))/, score: -3 },
  { re: /^[^\n]{0,6}(\/ ?(h|hr|heure|hour|jour|day|mois|month)\b|par (heure|jour|mois)|per (hour|day|month))/, score: -4 },
  { re: /^\W{0,3}(payable (on receipt|now|immediately|a reception|des reception)|due (now|today|on receipt)|a regler (a reception|maintenant))/, score: 3 },
  // "Thank you for the $5,000.00 received on 12 June": paid already (on its own line: the next line is another item).
  { re: /^[^\w\n]{0,3}(received|recus?|encaisses?|already paid|deja (recus?|regles?|payes?|verses?))\b/, score: -5 },
];

// Penalties, interest and the recovery indemnity are terms, not the debt (C. com. L441-10).
// Not expenses ("frais de déplacement") nor a price ("charity rate"): fees and rates of late payment only.
const TERMS_CONTEXT =
  /(indemnite|indemnity|recouvrement|recovery|penalite|penalty|penalties|late fee|interest|interet|frais (de recouvrement|de relance|bancaires)|taux|(interest|penalty|late|annual) rate|\brate of \d)/;

// The quote's or the budget's figure is not the invoice's: "Mon devis indiquait 468,00 € TTC".
const QUOTE_CONTEXT = /\b(devis|quote|quoted|estimate|budget)\b/;
// "$600.00 remaining of $900.00", "$600.00 remains open", "1 150,00 € à régler", "3 630,00 €, est à régler"; not a line's note in brackets ("(due 12
// months after completion)") nor a total given in brackets ("(total EUR 1,650.00) is due on").
const REMAINING_AFTER =
  /^[^\w)]{0,3}(?:(?:est|sont|is|are) )?(remaining|remains? (?:open|outstanding|unpaid|due)|restants?|outstanding|left to pay|(?<!\()due\b|still (?:due|open|outstanding|unpaid)|reste a payer|a regler|a payer)/;

// "Acompte à régler (50 %) ....... 810,00 €", "Second instalment (2/3 upon hire, retainer already paid): EUR 11.400,00",
// "Design (balance) · $2,650.00": an aside in brackets labels nothing, the words before it do; a tax note ("Total (inc
// GST): AUD 5,940.00") is part of the label.
const ASIDE_IN_BRACKETS = /\s*\((?!\s*(?:inc|incl|including|ttc|tax|ht\b|excl|hors))[^()\n]{1,60}\)(\W*)$/;

interface BilledPart {
  words: RegExp;
  /** The words labelling this amount, with no other amount between (not "deposit ($2,250.00 of the $4,500.00"), or ending in the part's own sum. */
  labels: RegExp;
}

function scoreAmount(folded: string, amount: FoundAmount, billed: BilledPart | undefined, noVat: boolean): number {
  const lineStart = folded.lastIndexOf('\n', amount.start - 1) + 1;
  // A table's padding ("SOLDE À RÉGLER                1 715,00 €", "Stage 2 - 40% ........ €6,840.00") keeps the label
  // beside its amount.
  const before = folded
    .slice(Math.max(lineStart, amount.start - 160), amount.start)
    .replace(/[ \t]{2,}|(?:[ \t]*\.){4,}[ \t]*/g, ' ')
    .slice(-60)
    .replace(ASIDE_IN_BRACKETS, '$1');
  const after = folded.slice(amount.end, amount.end + 30);
  let score = 0;
  for (const label of BEFORE_LABELS) {
    if (!label.re.test(before)) continue;
    // On a deposit invoice the deposit is what is due.
    if (label.unless?.test(before)) break;
    score += billed && label.score === -5 && billed.words.test(label.re.exec(before)?.[0] ?? '') ? 3 : noVat ? (label.noVat ?? label.score) : label.score;
    break;
  }
  const afterLabel = AFTER_LABELS.find((label) => label.re.test(after));
  score += afterLabel?.score ?? 0;
  // A deposit invoice's "(total €5,000.00)", "(devis D-88 : embrayage, total 1 800,00 € TTC)": the whole in brackets is
  // an aside to the part billed, never what it asks.
  const aside = /\([^()\n]{0,90}$/.test(folded.slice(Math.max(lineStart, amount.start - 100), amount.start)) && /^\s*(ttc|ht|tax\w*)?\s*\)/.test(after);
  if (billed && aside) score -= 10;
  // "Milestone 2 of 3: USD 7,500.00" on the milestone's invoice: the part billed, over the project's total.
  // "Deposit (30%): £1,272.00" over "the balance of £2,968.00 will be due on the delivery day"; not the part before its tax
  // ("Acompte de 30 % : 450,00 € HT – TVA 90,00 € – 540,00 € TTC").
  else if (billed?.labels.test(before) && !SHARE_OF.test(before) && score >= 0 && score < 9 && (afterLabel?.score ?? 0) >= 0) score = 9;
  // After the part's floor: "Instalment 1: EUR 1,240.00 - due 30 June" is the part billed and due now.
  if (REMAINING_AFTER.test(after)) score += 6;
  if (PAID_LIST.test(folded.slice(lineStart, amount.start))) score -= 6;
  // Same sentence only: "480 € reste due. Indemnité de 40 €" must not taint the 480 €.
  const sentenceBefore =
    folded
      .slice(Math.max(lineStart, amount.start - 70), amount.start)
      .split(/[.;!?]\s/)
      .pop() ?? '';
  // The line ends the sentence too: "651,00 €\n(TVA au taux réduit…)" is not a rate.
  const sentenceAfter = folded.slice(amount.end, amount.end + 25).split(/[.;!?](\s|$)|\n/)[0];
  if (TERMS_CONTEXT.test(sentenceBefore + sentenceAfter)) score -= 8;
  if (QUOTE_CONTEXT.test(sentenceBefore)) score -= 4;
  if (amount.bare) score -= 1;
  return score;
}

// The parts a subject may bill are a few fixed patterns: each one's label pattern is built once.
const BILLED_LABELS = new WeakMap<RegExp, BilledPart>();
function billedPart(words: RegExp): BilledPart {
  let part = BILLED_LABELS.get(words);
  if (!part) {
    // Or the result of the part's own sum: "Deposit (30%): €1,296.00 + VAT €259.20 = €1,555.20".
    part = { words, labels: new RegExp(`${words.source}(?:(?!\\d[.,]\\d\\d)[^\\n$€£]){0,40}$|${words.source}[^\\n]{0,80}=\\s*$`) };
    BILLED_LABELS.set(words, part);
  }
  return part;
}

/**
 * The amount due among `amounts` found in `folded`, or undefined when none qualifies; `billed`: the words naming the part of
 * a whole the invoice bills (a deposit, a milestone, an instalment), when its subject says so; `forwardedFrom`: where a
 * forwarded mail begins in `folded`.
 */
export function pickAmountDue(folded: string, amounts: FoundAmount[], billed?: RegExp, forwardedFrom = folded.length): FoundAmount | undefined {
  const part = billed && billedPart(billed);
  const noVat = NO_VAT_ADDED.test(folded);
  // Equal labels: the sender's own words over the invoice they forward ("2e échéance : 953,33 € à régler" above the
  // forwarded "montant 2 860,00 € TTC"), then the larger amount, the total (HT + TVA = TTC, deposit + balance = total).
  const own = (a: FoundAmount) => a.start < forwardedFrom;
  const before = (a: FoundAmount, b: FoundAmount) => (own(a) !== own(b) ? own(a) : a.money.minor > b.money.minor);
  let best: FoundAmount | undefined;
  let bestScore = -Infinity;
  for (const amount of amounts) {
    if (amount.money.minor <= 0) continue;
    const score = scoreAmount(folded, amount, part, noVat);
    if (score > bestScore || (score === bestScore && best && before(amount, best))) {
      best = amount;
      bestScore = score;
    }
  }
  return best && bestScore > -5 ? best : undefined;
}
