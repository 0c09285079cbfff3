/** Whether the webmail is in a dark theme, judged from the page's computed background (no label, no class name). */
export function pageIsDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(el).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = match.slice(1, 4).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}
