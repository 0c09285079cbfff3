/**
 * An anonymised outline of a webmail page's structure, for a user to paste into a bug report when Relance cannot read
 * the page. It holds tag names, roles, class names, the NAMES of attributes (`data-*` and others) and how many
 * siblings repeat, and nothing else: no text, no attribute values (so no addresses, names, ids or URLs), and nothing
 * from inside mail content (bodies and compose editors hold HTML written by other people, whose class names could
 * say who they are). Names that do not look like code identifiers are left out too.
 */

export interface OutlineOptions {
  /** Elements whose inside is mail content: shown as one line with their element count, never walked. */
  opaque: readonly string[];
  /** Elements left out entirely (Relance's own sidebar and chips). */
  skip: readonly string[];
  /** Depth and size limits, so a huge page still gives a report one can paste. */
  maxDepth?: number;
  maxLines?: number;
}

const IGNORED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'title', 'base']);
const TAG = /^[a-z][a-z0-9-]{0,30}$/;
const CLASS_NAME = /^[A-Za-z_-][A-Za-z0-9_-]{0,39}$/;
const ATTRIBUTE_NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]{0,39}$/;
const ROLE = /^[a-z]{2,24}$/;
/** Long digit runs in a class name are ids (`m_7712…`), not structure. */
const DIGIT_RUN = /\d{6,}/;
/** Attributes whose presence says nothing about structure (their values never appear anyway). */
const NOISE_ATTRIBUTES = new Set(['class', 'id', 'style', 'role', 'tabindex', 'dir', 'lang', 'translate', 'spellcheck', 'draggable']);

/** One element as the outline shows it: `div#.aeF.nH[role=main][data-message-id,gh]` (`#`: it has an id). */
export function elementSignature(el: Element): string {
  const tag = el.localName.toLowerCase();
  let out = TAG.test(tag) ? tag : 'element';
  if (el.hasAttribute('id')) out += '#';
  let dropped = false;
  for (const name of Array.from(el.classList)) {
    if (CLASS_NAME.test(name) && !DIGIT_RUN.test(name) && !name.includes('@')) out += `.${name}`;
    else dropped = true;
  }
  if (dropped) out += '.?';
  const role = el.getAttribute('role');
  if (role !== null) out += ROLE.test(role) ? `[role=${role}]` : '[role=?]';
  const names = Array.from(el.attributes, (a) => a.name)
    .filter((name) => !NOISE_ATTRIBUTES.has(name.toLowerCase()))
    .map((name) => (ATTRIBUTE_NAME.test(name) && !name.includes('@') ? name.toLowerCase() : '?'))
    .sort();
  if (names.length > 0) out += `[${[...new Set(names)].join(',')}]`;
  return out;
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

/** The outline of `root` and everything under it, one element per line, runs of identical siblings counted. */
export function pageOutline(root: Element, options: OutlineOptions): string {
  const maxDepth = options.maxDepth ?? 60;
  const maxLines = options.maxLines ?? 4000;
  const lines: string[] = [];
  let omitted = 0;

  const visible = (el: Element) => !IGNORED_TAGS.has(el.localName.toLowerCase()) && !matchesAny(el, options.skip);

  const walk = (el: Element, signature: string, depth: number, count: number) => {
    if (lines.length >= maxLines) {
      omitted += count * (1 + el.querySelectorAll('*').length);
      return;
    }
    const indent = '  '.repeat(depth);
    const times = count > 1 ? ` ×${count}` : '';
    if (matchesAny(el, options.opaque)) {
      lines.push(`${indent}${signature}${times} {mail content, ${el.querySelectorAll('*').length} elements}`);
      return;
    }
    lines.push(`${indent}${signature}${times}`);
    const children = Array.from(el.children).filter(visible);
    if (children.length === 0) return;
    if (depth >= maxDepth) {
      lines.push(`${indent}  … ${el.querySelectorAll('*').length} elements deeper`);
      return;
    }
    // Consecutive siblings with the same signature (list rows, messages) are shown once, with their count.
    const signatures = children.map(elementSignature);
    for (let i = 0; i < children.length; ) {
      let run = 1;
      while (i + run < children.length && signatures[i + run] === signatures[i]) run++;
      walk(children[i], signatures[i], depth + 1, run);
      i += run;
    }
  };

  walk(root, elementSignature(root), 0, 1);
  if (omitted > 0) lines.push(`… ${omitted} more elements (outline cut at ${maxLines} lines)`);
  return lines.join('\n');
}
