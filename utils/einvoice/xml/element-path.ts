import type { Element } from '@xmldom/xmldom';

/** An element name: namespace URI and local name (never the prefix, which varies between producers). */
export type QName = readonly [namespace: string, localName: string];

/** Child elements of `parent` with the given name. */
function childrenNamed(parent: Element, [ns, local]: QName): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName === local && el.namespaceURI === ns) out.push(el);
    }
  }
  return out;
}

/** Every element reached by following `path` from `parent`, all branches included. */
export function allAt(parent: Element | undefined, path: readonly QName[]): Element[] {
  let level = parent ? [parent] : [];
  for (const step of path) level = level.flatMap((el) => childrenNamed(el, step));
  return level;
}

/** The first element reached by following `path`. */
export function firstAt(parent: Element | undefined, path: readonly QName[]): Element | undefined {
  return allAt(parent, path)[0];
}

/** Trimmed text content of an element, undefined when absent or empty. */
export function textOf(el: Element | undefined): string | undefined {
  const text = el?.textContent?.trim();
  return text ? text : undefined;
}

/** Text of the first element at `path`. */
export function textAt(parent: Element | undefined, path: readonly QName[]): string | undefined {
  return textOf(firstAt(parent, path));
}
