/**
 * Strings one of which every match of a regular expression contains, read from the expression's syntax tree
 * (@eslint-community/regexpp, the parser ESLint uses): `/\b(vire|paie)ment\b/` gives ["virement", "paiement"]. The
 * reply reader skips an expression whose strings are all absent from a text (utils/detect/phrase-index.ts), so the
 * reading must be sound: where it cannot tell (a class of many characters, an optional part, a back-reference), it
 * asks nothing rather than guess.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, CapturingGroup, Element, Group, Node, Pattern } from '@eslint-community/regexpp/ast';

// Beyond this many strings a set says little and costs much: an alternation of alternations is cut there.
const MAX_STRINGS = 16;
// The largest character class written out as its characters ("[eé]", "[0-9]" is too wide).
const MAX_CLASS = 8;
// A set whose strings all reach this length is chosen for being small; shorter ones only for being longer.
const LONG_ENOUGH = 5;

type Strings = string[];

const product = (a: Strings, b: Strings): Strings | null => {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out.size > MAX_STRINGS ? null : [...out];
};

// "(?i:…)" changes how its characters match: nothing is read inside it.
const withModifiers = (node: Node) => node.type === 'Group' && node.modifiers != null;

/** The strings each alternative gives, together; null when one gives none. */
function everyAlternative(node: Group | CapturingGroup | Pattern, read: (alternative: Alternative) => Strings | null): Strings | null {
  if (withModifiers(node)) return null;
  const out = new Set<string>();
  for (const alternative of node.alternatives) {
    const each = read(alternative);
    if (!each) return null;
    for (const s of each) out.add(s);
  }
  return [...out];
}

/** Every string the node can match, when they are few; null otherwise. Zero-width assertions match "". */
function exactly(node: Node): Strings | null {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterClass': {
      if (node.negate || node.unicodeSets) return null;
      const out: string[] = [];
      for (const e of node.elements) {
        if (e.type === 'Character') out.push(String.fromCodePoint(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS)
          for (let c = e.min.value; c <= e.max.value; c++) out.push(String.fromCodePoint(c));
        else return null;
      }
      return out.length <= MAX_CLASS ? [...new Set(out)] : null;
    }
    case 'Assertion':
      return [''];
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern': {
      const all = everyAlternative(node, exactly);
      return all && all.length <= MAX_STRINGS ? all : null;
    }
    case 'Alternative': {
      let out: Strings | null = [''];
      for (const element of node.elements) {
        const each = exactly(element);
        out = each && out && product(out, each);
        if (!out) return null;
      }
      return out;
    }
    case 'Quantifier': {
      const each = exactly(node.element);
      if (!each || node.max > 3) return null;
      const out = new Set<string>();
      let repeated: Strings = [''];
      for (let times = 0; ; times++) {
        if (times >= node.min) for (const s of repeated) out.add(s);
        if (times === node.max) break;
        const next = product(repeated, each);
        if (!next) return null;
        repeated = next;
      }
      return out.size > MAX_STRINGS ? null : [...out];
    }
    default:
      return null;
  }
}

const shortest = (strings: Strings) => Math.min(...strings.map((s) => s.length));
const worth = (strings: Strings) => (shortest(strings) >= LONG_ENOUGH ? 1000 - strings.length : shortest(strings));
const better = (a: Strings | null, b: Strings | null): Strings | null => (!a ? b : !b ? a : worth(b) > worth(a) ? b : a);

/** Strings one of which every match of the node contains; null when nothing is sure. */
function required(node: Node): Strings | null {
  const exact = exactly(node);
  if (exact && !exact.includes('')) return exact;
  switch (node.type) {
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern':
      return everyAlternative(node, required);
    case 'Alternative':
      return requiredInSequence(node);
    case 'Quantifier':
      return node.min >= 1 ? required(node.element) : null;
    default:
      return null;
  }
}

/** In a sequence, the best of: each run of exactly known elements joined, and each other element's own strings. */
function requiredInSequence(node: Alternative): Strings | null {
  let best: Strings | null = null;
  let run: Strings = [''];
  const endRun = () => {
    if (!run.includes('')) best = better(best, run);
    run = [''];
  };
  for (const element of node.elements as Element[]) {
    const exact = exactly(element);
    if (exact) {
      const joined = product(run, exact);
      if (joined) run = joined;
      else {
        endRun();
        run = exact;
      }
      continue;
    }
    endRun();
    best = better(best, required(element));
  }
  endRun();
  return best;
}

/** Strings one of which every match of `re` contains, or null when the expression's syntax leaves it open. */
export function requiredStrings(re: RegExp): string[] | null {
  if (re.flags.includes('i')) return null;
  const pattern: Pattern = new RegExpParser().parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u') });
  const strings = required(pattern);
  if (!strings || strings.some((s) => s.length === 0)) return null;
  // A string holding another of the set says nothing more ("deja regle" beside "regle").
  return strings.filter((s) => !strings.some((other) => other !== s && s.includes(other))).sort();
}
