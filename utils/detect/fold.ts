/** Text folding for matching: lower case, no accents, plain spaces and quotes, SAME LENGTH as the input so match offsets point into the original. */

const foldedChars = new Map<string, string>();

const SPECIAL: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\u2019': "'",
  '\u2018': "'",
  '\u00b4': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u00ba': 'o',
  '\u00b0': 'o',
};

function foldChar(ch: string): string {
  const cached = foldedChars.get(ch);
  if (cached !== undefined) return cached;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const base = ch.normalize('NFD')[0].toLowerCase();
    // Keep one UTF-16 unit per input unit, or offsets drift (e.g. 'İ'.toLowerCase() is two units).
    out = base.length === 1 ? base : ch;
  }
  foldedChars.set(ch, out);
  return out;
}

/** Lower-cases, strips diacritics and normalises spaces/quotes/dashes while keeping every offset unchanged. */
export function foldText(text: string): string {
  return text.replace(/[^\x00-\x7f]|\t/g, foldChar).toLowerCase();
}
