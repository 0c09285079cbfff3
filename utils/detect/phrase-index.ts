/**
 * Which of many regular expressions can match a text, found in one pass over it. Each expression comes with anchors,
 * strings one of which every match of it contains (generated from its syntax: scripts/phrase-anchors); an expression
 * none of whose anchors is in the text cannot match and is not run. The reply reader runs 134 phrase expressions on
 * every reply, each over the whole text: ~40 % of its time, although ~15 % of them can match a given reply.
 *
 * One pass: each anchor is filed under its three characters shared with the fewest other anchors, and the text's every
 * three characters look their anchors up, each checked where it would stand. An expression whose anchors were
 * generated from another version of it (checksum), or which has an anchor too short to file, is always run.
 */

/** Per expression, in order: the checksum of the expression the anchors were read from, and the anchors. */
export type PhraseAnchors = ReadonlyArray<readonly [checksum: number, anchors: readonly string[]]>;

interface Filed {
  expression: number;
  anchor: string;
  /** Where the filing three characters start in the anchor. */
  at: number;
}

const WINDOW = 3;
const key = (text: string, i: number) => text.charCodeAt(i) * 4294967296 + text.charCodeAt(i + 1) * 65536 + text.charCodeAt(i + 2);

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
  const usable = expressions.map((re, i) => {
    const entry = anchors[i];
    const ok = entry !== undefined && entry[0] === expressionChecksum(re) && entry[1].length > 0 && entry[1].every((a) => a.length >= WINDOW);
    if (!ok) always.push(i);
    return ok ? entry[1] : [];
  });
  // How many anchors hold each three characters: an anchor is filed under its rarest, so few checks run per text.
  const shared = new Map<number, number>();
  for (const list of usable)
    for (const anchor of list) {
      const seen = new Set<number>();
      for (let i = 0; i + WINDOW <= anchor.length; i++) seen.add(key(anchor, i));
      for (const k of seen) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
  const filed = new Map<number, Filed[]>();
  usable.forEach((list, expression) => {
    for (const anchor of list) {
      let at = 0;
      for (let i = 1; i + WINDOW <= anchor.length; i++) if (shared.get(key(anchor, i))! < shared.get(key(anchor, at))!) at = i;
      const k = key(anchor, at);
      const bucket = filed.get(k);
      if (bucket) bucket.push({ expression, anchor, at });
      else filed.set(k, [{ expression, anchor, at }]);
    }
  });
  return (text) => {
    const candidates = new Uint8Array(expressions.length);
    for (const i of always) candidates[i] = 1;
    for (let i = 0; i + WINDOW <= text.length; i++) {
      const bucket = filed.get(key(text, i));
      if (!bucket) continue;
      for (const { expression, anchor, at } of bucket) if (!candidates[expression] && i >= at && text.startsWith(anchor, i - at)) candidates[expression] = 1;
    }
    return candidates;
  };
}
