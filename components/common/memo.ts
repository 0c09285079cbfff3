import { createElement, type FunctionComponent } from 'preact';

/**
 * `Component`, rendered again only when one of its props changed (by identity): with the background's answers sharing
 * what did not change (utils/state/keep-equal.ts), a new reply in an open thread re-renders only what it changed
 * (issue 17). preact/compat's `memo` does the same but importing compat patches Preact's options, a few KB more in the
 * content script that Gmail loads. Its hooks' own updates still render it: the check sits on a wrapper.
 */
export function memo<P extends object>(Component: FunctionComponent<P>): FunctionComponent<P> {
  function shouldUpdate(this: { props: P }, next: P): boolean {
    return !sameFields(this.props, next);
  }
  function Memoised(this: { shouldComponentUpdate?: (next: P) => boolean }, props: P) {
    this.shouldComponentUpdate = shouldUpdate;
    return createElement(Component, props);
  }
  return Memoised as FunctionComponent<P>;
}

/** The same keys holding the same values (by identity). */
export function sameFields(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  for (const key in before) if (!(key in after)) return false;
  for (const key in after) if (before[key] !== after[key]) return false;
  return true;
}
