/**
 * Which of an adapter's hooks match on the page now: for each hook of its selector table, how many elements each
 * variant finds (variants are listed newest first, as in the table). Selectors are our own code, counts are numbers:
 * nothing of the page's content is in it.
 */

export type SelectorTable = Readonly<Record<string, readonly string[]>>;

export interface HookMatch {
  hook: string;
  variants: Array<{ selector: string; count: number }>;
}

/** Counts the matches of every variant of every hook in `table`, under `root`. */
export function matchHooks(root: ParentNode, table: SelectorTable): HookMatch[] {
  return Object.entries(table).map(([hook, selectors]) => ({
    hook,
    variants: selectors.map((selector) => {
      try {
        return { selector, count: root.querySelectorAll(selector).length };
      } catch {
        return { selector, count: -1 };
      }
    }),
  }));
}

/** One line per hook: `threadSubject: ✓ 1×1 h2[data-legacy-thread-id] · 2×0 … `; `✗` when no variant matches. */
export function formatHookMatches(matches: HookMatch[]): string {
  return matches
    .map(({ hook, variants }) => {
      const any = variants.some((v) => v.count > 0);
      const parts = variants.map((v, i) => `${i + 1}) ${v.count < 0 ? 'invalid' : `×${v.count}`} ${v.selector}`);
      return `${any ? '✓' : '✗'} ${hook}: ${parts.join(' · ')}`;
    })
    .join('\n');
}
