/**
 * What an invoice mail asks for when it writes a rate and a quantity but no total: "my invoice for the two days in Cork
 * (€1,200 per day) plus travel expenses of €286.50", "l'animation des trois jours à Angers (600 € HT la journée), plus
 * les frais de déplacement (180 €)". Day rates and hourly rates are how consultants, trainers and crews bill.
 */
import type { FoundAmount } from './amount';
import type { Money } from '../mail/types';
import { COUNT_WORDS } from './count-words';
import { NO_VAT_ADDED } from './vat-exemption';

const DAY = String.raw`(?:jours?|journees?|days?)`;
const HOUR = String.raw`(?:heures?|hours?|hrs?|h)`;
const UNITS = { day: DAY, hour: HOUR } as const;
type Unit = keyof typeof UNITS;

// "€1,200 per day", "600 € HT la journée", "€95/h", "450 € par jour"; or "TJM de 550 €", "day rate of £600".
const RATE_AFTER: Record<Unit, RegExp> = {
  day: /^\s*(?:ht|hors taxes?|net)?\s*(?:\/ ?(?:jour|j|day|d)\b|par jour|per day|a day|la journee|the day|daily|par journee)/,
  hour: /^\s*(?:ht|hors taxes?|net)?\s*(?:\/ ?(?:heure|h|hr|hour)\b|par heure|per hour|an hour|l'heure|hourly)/,
};
const RATE_BEFORE: Record<Unit, RegExp> = {
  day: /\b(?:tjm|taux journalier|day rate|daily rate)(?: (?:de|of|is|est))?\W{0,3}$/,
  hour: /\b(?:taux horaire|hourly rate)(?: (?:de|of|is|est))?\W{0,3}$/,
};
// Payment terms and other spans are not quantities billed: "à 30 jours", "within 14 days", "3 days ago".
const NOT_BILLED_BEFORE =
  /\b(?:a|sous|within|in|net|dans|dans les|sous les|d'ici|delai de|under|apres|after|before|avant|terms|payable|due|within the|in the next|the last|every|tous les|each)\s*$/;
const NOT_BILLED_AFTER = /^\s*(?:ago|later|plus tard|before|avant|after|apres|de retard|late|overdue|fin de mois|end of month|net|from|a compter)/;
// Costs added to the days: "plus travel expenses of €286.50", "+ 42 € de frais", "et les frais de déplacement (180 €)".
const EXTRA_BEFORE = /(?:\bplus\b|\+|\ben sus\b|\bas well as\b|\bainsi que\b|\band\b|\bet\b)[^\n.;\d€$£]{0,45}$/;
const EXPENSE_WORDS = /\b(frais|expenses?|travel|deplacements?|costs?|debours|disbursements?|mileage|kilometriques?|hotel|train)\b/;
// A tax to add is not known from a rate alone; an exemption or reverse charge says the product is what is owed.
const VAT_NAMED = /\b(tva|vat)\b/;

/** The sentence (or line) holding an amount; a decimal point inside an amount does not end it. */
function sentenceAround(folded: string, start: number, end: number): [number, number] {
  const from = Math.max(folded.lastIndexOf('. ', start - 1), folded.lastIndexOf('\n', start - 1)) + 1;
  const stop = [folded.indexOf('. ', end), folded.indexOf('\n', end)].filter((i) => i >= 0);
  return [from, stop.length ? Math.min(...stop) : folded.length];
}

function rateUnit(folded: string, amount: FoundAmount): Unit | undefined {
  const after = folded.slice(amount.end, amount.end + 20);
  const before = folded.slice(Math.max(0, amount.start - 30), amount.start);
  return (Object.keys(UNITS) as Unit[]).find((u) => RATE_AFTER[u].test(after) || RATE_BEFORE[u].test(before));
}

// Each unit's count pattern, built once: "the two days", "3 jours", "12 heures".
const QUANTITY = Object.fromEntries(
  Object.entries(UNITS).map(([unit, words]) => [
    unit,
    new RegExp(String.raw`\b(\d{1,3}(?:[.,]5)?|${Object.keys(COUNT_WORDS).join('|')})\s+(?:full |half |demi-)?${words}\b`, 'g'),
  ]),
) as Record<Unit, RegExp>;

/** How many units a sentence bills: "the two days", "3 jours", "12 heures"; undefined when none or several. */
function quantityIn(folded: string, from: number, to: number, unit: Unit): number | undefined {
  const counts: number[] = [];
  for (const m of folded.slice(from, to).matchAll(QUANTITY[unit])) {
    const at = from + m.index;
    if (NOT_BILLED_BEFORE.test(folded.slice(Math.max(0, at - 20), at))) continue;
    if (NOT_BILLED_AFTER.test(folded.slice(at + m[0].length, at + m[0].length + 20))) continue;
    const count = COUNT_WORDS[m[1]] ?? Number(m[1].replace(',', '.'));
    counts.push(/half|demi/.test(m[0]) ? count / 2 : count);
  }
  return counts.length === 1 && counts[0] > 0 && counts[0] <= 366 ? counts[0] : undefined;
}

/**
 * Rate × quantity plus the expenses added in the same words, when the mail writes one rate, one quantity of its unit
 * and no amount as large (a written total always wins), and when the best labelled amount (`picked`) is only that rate
 * or one of those expenses: then no total was written at all.
 */
export function rateTimesQuantity(folded: string, amounts: FoundAmount[], picked: FoundAmount | undefined): Money | undefined {
  if (VAT_NAMED.test(folded) && !NO_VAT_ADDED.test(folded)) return undefined;
  const rates = amounts.map((a) => ({ amount: a, unit: rateUnit(folded, a) })).filter((r) => r.unit !== undefined);
  if (rates.length !== 1) return undefined;
  const { amount: rate, unit } = rates[0];
  const [from, to] = sentenceAround(folded, rate.start, rate.end);
  const quantity = quantityIn(folded, from, to, unit as Unit);
  if (quantity === undefined) return undefined;
  const extras = amounts.filter(
    (a) =>
      a !== rate &&
      a.money.currency === rate.money.currency &&
      a.start > from &&
      a.end <= to &&
      EXTRA_BEFORE.test(folded.slice(Math.max(from, a.start - 50), a.start)) &&
      EXPENSE_WORDS.test(folded.slice(Math.max(from, a.start - 50), Math.min(a.end + 30, folded.length))),
  );
  if (picked && picked !== rate && !extras.includes(picked)) return undefined;
  const minor = Math.round(rate.money.minor * quantity) + extras.reduce((sum, a) => sum + a.money.minor, 0);
  if (amounts.some((a) => a.money.currency === rate.money.currency && a.money.minor >= minor)) return undefined;
  return { ...rate.money, minor };
}
