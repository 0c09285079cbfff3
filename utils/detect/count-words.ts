/** Counts written as words in French and English mail ("trois jours", "within thirty days", "two instalments"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  douze: 12,
  twelve: 12,
  quinze: 15,
  fifteen: 15,
  vingt: 20,
  twenty: 20,
  trente: 30,
  thirty: 30,
  'quarante-cinq': 45,
  soixante: 60,
  sixty: 60,
};

/** A digit count or a count word as a number; NaN when it is neither. */
export function countOf(word: string, words: Readonly<Record<string, number>> = COUNT_WORDS): number {
  return /^\d+$/.test(word) ? Number(word) : (words[word] ?? Number.NaN);
}
