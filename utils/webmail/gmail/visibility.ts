/**
 * Whether the user can see a Gmail element. Gmail keeps earlier views in the DOM and hides them with an inline
 * `display:none` (cheap to check, no layout); since 2025-11 it also renders some controls twice and hides one copy
 * with its stylesheet (the bottom reply bar's A/B test), which only the computed style tells.
 */

/** True unless the element or an ancestor is hidden the way Gmail hides views (cheap: no layout). */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if ((node as HTMLElement).style?.display === 'none' || node.hasAttribute('hidden')) return false;
  }
  return true;
}

/** True when the element is rendered: shown, and not hidden by a stylesheet either (for duplicated controls). */
export function isVisible(el: Element): boolean {
  if (!el.isConnected || !isShown(el)) return false;
  const check = (el as Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}
