/** One lookup: CSS selectors tried in order, newest first; each webmail's table says when each variant was seen. */
export type SelectorVariants = readonly string[];

/** The lookups over one webmail's selector table (gmail/selectors.ts, outlook/selectors.ts), typed by its names. */
export function selectorLookup<Name extends string>(table: Readonly<Record<Name, SelectorVariants>>) {
  return {
    /** The first element matching any variant of `name`, trying variants in order. */
    findFirst(root: ParentNode, name: Name): HTMLElement | null {
      for (const selector of table[name]) {
        const found = root.querySelector<HTMLElement>(selector);
        if (found) return found;
      }
      return null;
    },
    /** Every element matching the first variant of `name` that matches anything. */
    findAll(root: ParentNode, name: Name): HTMLElement[] {
      for (const selector of table[name]) {
        const found = root.querySelectorAll<HTMLElement>(selector);
        if (found.length > 0) return Array.from(found);
      }
      return [];
    },
    /** The nearest ancestor (or self) matching any variant of `name`. */
    findClosest(el: Element, name: Name): HTMLElement | null {
      for (const selector of table[name]) {
        const found = el.closest<HTMLElement>(selector);
        if (found) return found;
      }
      return null;
    },
    /** Whether the element matches any variant of `name`. */
    matchesAny(el: Element, name: Name): boolean {
      return table[name].some((selector) => el.matches(selector));
    },
  };
}
