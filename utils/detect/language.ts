/** Guesses whether a (folded) text is French or English from frequent short words. */

const FRENCH = /\b(le|la|les|des|du|une|est|et|pour|vous|nous|je|merci|bonjour|facture|votre|avec|sur|pas|ce|cette|sera|au|aux)\b/g;
const ENGLISH = /\b(the|and|you|we|for|is|are|your|our|this|will|thanks|hi|invoice|with|of|to|be|it|please|have)\b/g;

/** 'fr' or 'en' for a folded text (French when undecided: the product's first language). */
export function guessLanguage(folded: string): 'fr' | 'en' {
  const sample = folded.length > 4000 ? folded.slice(0, 4000) : folded;
  const fr = sample.match(FRENCH)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return en > fr ? 'en' : 'fr';
}
