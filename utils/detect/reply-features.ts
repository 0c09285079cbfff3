/**
 * What the learned reply reader looks at: the debtor's own words (quoted history and signature already removed by the
 * rules' cleaning), folded, as words and pairs of words, with digits as 0, plus a few facts about the mail's shape.
 * Shared by training (scripts/learned-readers) and reading, so both see a reply the same way.
 */
import { featureWords } from './feature-words';

const PHONE = /\b(envoye (de|depuis) mon|sent from my|sent from outlook for)\b/;
const MONEY = /[€$£]|\b(eur|euros?|gbp|usd)\b/;
/** A long reply says what it means in its first paragraphs; the rest is noise for a word model. */
const MAX_CHARS = 5000;

/** `fullFolded`: the whole cleaned mail, folded; `ownFolded`: the debtor's own words in it, folded. */
export function replyFeatures(fullFolded: string, ownFolded: string): string[] {
  const own = ownFolded.length > MAX_CHARS ? ownFolded.slice(0, MAX_CHARS) : ownFolded;
  const words = featureWords(own);
  const out = new Set<string>(words);
  let previous = '<s>';
  for (const word of [...words, '</s>']) {
    out.add(`${previous} ${word}`);
    previous = word;
  }
  const n = words.length;
  out.add(n < 8 ? '__len<8' : n < 20 ? '__len<20' : n < 50 ? '__len<50' : '__len>=50');
  if (own.includes('?')) out.add('__question');
  if (PHONE.test(fullFolded)) out.add('__phone');
  if (MONEY.test(own)) out.add('__money');
  if (own.length === 0) out.add('__empty');
  if (fullFolded.length > own.length + 20) out.add('__hasquote');
  return [...out];
}
