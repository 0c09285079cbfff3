/**
 * The one way the Firefox tests reach into the sidebar's shadow root: puppeteer's `>>>` combinator pierces it.
 * Adapt only this function if the root's mode or the test hook changes.
 */
export function inSidebar(selector: string): string {
  return `relance-sidebar >>> ${selector}`;
}
