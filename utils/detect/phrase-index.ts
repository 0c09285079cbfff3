/**
 * Which of many regular expressions can match a text, found in one pass over it. Each expression comes with anchors,
 * strings one of which every match of it contains (generated from its syntax: scripts/phrase-anchors); an expression
 * none of whose anchors is in the text cannot match and is not run. The reply reader runs 134 phrase expressions on
 * every reply, each over the whole text: ~40 % of its time, although two of them match a reply on average; with the
 * index a reply runs about 30 (labelled replies, all sets).
 *
 * One pass: each anchor is filed in a table under a hash of its first three characters (the generator starts it at its
 * rarest ones), and the text's every three characters look their slot up, each anchor there checked where it stands.
 * An expression whose anchors were generated from another version of it (checksum), or which has an anchor too short
 * to file, is always run.
 */

/** Per expression, in order: the checksum of the expression the anchors were read from, and the anchors. */
export type PhraseAnchors = ReadonlyArray<readonly [checksum: number, anchors: readonly string[]]>;

interface Filed {
  expression: number;
  anchor: string;
}

/** An anchor is filed under its first three characters: a shorter one cannot be, and its expression always runs. */
export const ANCHOR_WINDOW = 3;
// A slot per hash of three characters: a plain array, which reads faster than a Map; anchors sharing a slot are told
// apart by the check where they stand.
const SLOTS = 8192;
const slot = (text: string, i: number) => (text.charCodeAt(i) * 961 + text.charCodeAt(i + 1) * 31 + text.charCodeAt(i + 2)) & (SLOTS - 1);

/** FNV-1a over the expression's flags and source: anchors read from another version of it are not used. */
export function expressionChecksum(re: RegExp): number {
  const text = `${re.flags}/${re.source}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** What a text's candidates are read with: one flag per expression, 1 where it may match. */
export type CandidateExpressions = (text: string) => Uint8Array;

export function phraseIndex(expressions: readonly RegExp[], anchors: PhraseAnchors): CandidateExpressions {
  const always: number[] = [];
  let filed: Array<Filed[] | undefined> | undefined;
  // Filed on the first text asked about, not where it is declared: a module holding an index costs nothing to load.
  const file = () => {
    const table: Array<Filed[] | undefined> = new Array(SLOTS);
    expressions.forEach((re, expression) => {
      const entry = anchors[expression];
      const usable = entry !== undefined && entry[0] === expressionChecksum(re) && entry[1].length > 0 && entry[1].every((a) => a.length >= ANCHOR_WINDOW);
      if (!usable) always.push(expression);
      else for (const anchor of entry[1]) (table[slot(anchor, 0)] ??= []).push({ expression, anchor });
    });
    return table;
  };
  return (text) => {
    filed ??= file();
    const candidates = new Uint8Array(expressions.length);
    for (const i of always) candidates[i] = 1;
    for (let i = 0; i + ANCHOR_WINDOW <= text.length; i++) {
      const bucket = filed[slot(text, i)];
      if (!bucket) continue;
      for (const { expression, anchor } of bucket) if (!candidates[expression] && text.startsWith(anchor, i)) candidates[expression] = 1;
    }
    return candidates;
  };
}
