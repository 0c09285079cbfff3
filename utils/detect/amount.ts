/** Amounts in every French and English form, read into integer minor units by string arithmetic. */
import type { Money } from '../mail/types';

export interface FoundAmount {
  money: Money;
  /** Offsets of the whole match (number and currency) in the searched text. */
  start: number;
  end: number;
  /** True when no currency was written next to the number (a labelled bare total). */
  bare?: boolean;
}

// Indian grouping too ("₹1,25,000.00": lakhs).
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[ .,'](?:\d{3}))+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
// ISO 4217 codes a freelancer's client may pay in, written before or after the number ("NZD 5,175.00", "4 068,00 CAD").
const CODES =
  'eur|usd|gbp|chf|cad|aud|nzd|jpy|sek|nok|dkk|pln|czk|huf|ron|bgn|sgd|hkd|cny|inr|zar|brl|mxn|aed|sar|ils|try|krw|thb|myr|php|idr|mad|tnd|xof|xaf|xpf';
const BEFORE = String.raw`us\$|c\$|ca\$|a\$|au\$|nz\$|s\$|hk\$|\$|€|£|¥|₹|rs\.?|${CODES}|sfr|fr\.`;
// "2 350,00 $ CA" is Québec's way to write Canadian dollars; "4 800,00 $ CAD", "$ USD": the code says which dollar.
const AFTER = String.raw`€|euros?\b|balles\b|(?:${CODES})\b|f ?cfa\b|\$ ?(?:ca|can|${CODES})\b|\$|£|¥|e\b`;
const CODE_AFTER = new RegExp(String.raw`^ ?(${CODES})\b`);
const AMOUNT = new RegExp(String.raw`(?<![\w.,'$€£])(?:(${BEFORE}) ?(${NUMBER})|(${NUMBER}) ?(${AFTER}))(?![\d])`, 'g');
// "Total : 485.00", and across a table's dot leaders: "TOTAL (EUR, excl. VAT) .................. 8,760.00".
const BARE = new RegExp(
  String.raw`\b(?:total|amount|montant|balance|solde|sum)\b(?:[^\n\d]{0,20}?|[^\n\d]{0,30}?\.{3,}[^\n\d]{0,5}?)(?<![\w.,])(${NUMBER})(?![\d.,]?\d)`,
  'g',
);

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  e: 'EUR',
  '£': 'GBP',
  balles: 'EUR',
  gbp: 'GBP',
  chf: 'CHF',
  sfr: 'CHF',
  'fr.': 'CHF',
  us$: 'USD',
  c$: 'CAD',
  ca$: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  s$: 'SGD',
  hk$: 'HKD',
  $ca: 'CAD',
  $can: 'CAD',
  // The West African CFA franc as Senegal, Côte d'Ivoire or Mali write it (the Central African one is rarer here).
  fcfa: 'XOF',
  '¥': 'JPY',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
};
const currencyOf = (symbol: string): string | undefined => {
  const code = symbol.replace(/^\$(?=[a-z]{3}$)/, '');
  return SYMBOLS[symbol] ?? (/^[a-z]{3}$/.test(code) ? code.toUpperCase() : undefined);
};

/** Minor units (cents) of a written number such as "1 250,00", "1.250,00", "1,250.00", "8'640", or undefined. */
export function parseAmountNumber(raw: string): number | undefined {
  const text = raw.trim();
  const lastSep = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
  let intPart = text;
  let fraction = '';
  if (lastSep >= 0) {
    const after = text.slice(lastSep + 1);
    // One or two digits after the last separator make it a decimal mark; three make it a thousands group.
    if (/^\d{1,2}$/.test(after)) {
      intPart = text.slice(0, lastSep);
      fraction = after;
    }
  }
  const digits = intPart.replace(/[ .,']/g, '');
  if (!/^\d{1,12}$/.test(digits)) return undefined;
  return Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
}

export interface AmountContext {
  /** What a lone "$" means for this sender (CAD for a Canadian, AUD for an Australian); USD otherwise. */
  dollar?: string;
  /** Currency for a labelled total written without any currency. */
  fallbackCurrency?: string;
}

/** Every amount with a currency in a folded text (see fold.ts); labelled bare totals only when no currency appears at all. */
export function findAmounts(folded: string, context: AmountContext = {}): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const m of folded.matchAll(AMOUNT)) {
    const symbol = (m[1] ?? m[4]).replace(/\s/g, '');
    const raw = m[2] ?? m[3];
    const minor = parseAmountNumber(raw);
    if (minor === undefined) continue;
    // "e" for euro ("1155e ttc") only when it cannot be an ordinal like "2e relance".
    if (symbol === 'e' && minor < 10_000 && !/^ ?(ttc|ht)\b/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    let end = m.index + m[0].length;
    let currency = symbol === '$' ? (context.dollar ?? 'USD') : currencyOf(symbol);
    const code = m[1] ? CODE_AFTER.exec(folded.slice(end, end + 5)) : null;
    if (code) {
      currency = code[1].toUpperCase();
      end += code[0].length;
    }
    if (!currency) continue;
    found.push({ money: { minor, currency }, start: m.index, end });
  }
  if (found.length > 0 || !context.fallbackCurrency) return found;
  for (const m of folded.matchAll(BARE)) {
    if (!/[.,]\d{2}$/.test(m[1])) continue; // a bare number is an amount only with cents: "total is 485.00"
    const minor = parseAmountNumber(m[1]);
    if (minor === undefined) continue;
    const start = m.index + m[0].length - m[1].length;
    found.push({ money: { minor, currency: context.fallbackCurrency }, start, end: m.index + m[0].length, bare: true });
  }
  return found;
}
