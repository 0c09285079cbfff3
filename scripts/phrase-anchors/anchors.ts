/**
 * The anchors of a list of expressions (utils/detect/phrase-index.ts): per expression, short strings one of which every
 * match contains. Each required string (required-strings.ts) is cut to start at its three characters that the other
 * strings share least, which the index files it under, and to at most eight characters: the index stays small (~20 KB
 * for the reply reader's 134 phrases), builds in a few milliseconds and checks few anchors per text.
 */
import { ANCHOR_WINDOW, expressionChecksum, type PhraseAnchors } from '../../utils/detect/phrase-index';
import { requiredStrings } from './required-strings';

const ANCHOR_LENGTH = 8;

const windows = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - ANCHOR_WINDOW + 1) }, (_, i) => s.slice(i, i + ANCHOR_WINDOW)));

export function phraseAnchors(expressions: readonly RegExp[]): PhraseAnchors {
  const required = expressions.map((re) => requiredStrings(re));
  const shared = new Map<string, number>();
  for (const strings of required) for (const s of new Set(strings ?? [])) for (const t of windows(s)) shared.set(t, (shared.get(t) ?? 0) + 1);
  const cut = (s: string) => {
    let at = 0;
    for (let i = 1; i + ANCHOR_WINDOW <= s.length; i++) if (shared.get(s.slice(i, i + ANCHOR_WINDOW))! < shared.get(s.slice(at, at + ANCHOR_WINDOW))!) at = i;
    return s.slice(at, at + ANCHOR_LENGTH);
  };
  return expressions.map((re, i) => {
    const strings = required[i];
    if (!strings?.every((s) => s.length >= ANCHOR_WINDOW)) return [expressionChecksum(re), []] as const;
    return [expressionChecksum(re), [...new Set(strings.map(cut))].sort()] as const;
  });
}
