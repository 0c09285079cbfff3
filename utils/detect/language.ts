/** Guesses whether a (folded) text is French or English from frequent short words. */
import type { Language } from '../model/language';

const FRENCH = /\b(le|la|les|des|du|une|est|et|pour|vous|nous|je|merci|bonjour|facture|votre|avec|sur|pas|ce|cette|sera|au|aux)\b/g;
const ENGLISH = /\b(the|and|you|we|for|is|are|your|our|this|will|thanks|hi|invoice|with|of|to|be|it|please|have)\b/g;

/** 'fr' or 'en' for a folded text (French when undecided: the product's first language). */
export function guessLanguage(folded: string): Language {
  const { fr, en } = languageScores(folded);
  return en > fr ? 'en' : 'fr';
}

/** How many frequent French and English words a folded text has (its first 4 000 characters). */
export function languageScores(folded: string): { fr: number; en: number } {
  const sample = folded.length > 4000 ? folded.slice(0, 4000) : folded;
  return { fr: sample.match(FRENCH)?.length ?? 0, en: sample.match(ENGLISH)?.length ?? 0 };
}
