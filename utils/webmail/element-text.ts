/** Plain text of a rendered mail body or editor, lines as the user sees them (no layout engine needed, works in happy-dom). */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);

/** The element's text with block boundaries and `<br>` as line breaks, spaces collapsed outside `<pre>`. */
export function elementText(root: Node): string {
  let out = '';
  const newline = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (pre) {
        out += text;
        return;
      }
      const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ');
      // Source indentation between blocks is not text: drop spaces at the start of a line.
      out += out === '' || out.endsWith('\n') ? collapsed.replace(/^ +/, '') : collapsed;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    // The root is the webmail's own container (a body, a snippet), styled by the webmail, not by the mail.
    if (SKIPPED_TAGS.has(el.tagName) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true' || (el !== root && isStyledHidden(el)))
      return;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) newline();
    // A table's cells stay apart ("FA-12⇥15/04/2027"), as the detectors read a row against its header.
    else if ((el.tagName === 'TD' || el.tagName === 'TH') && out !== '' && !out.endsWith('\n')) out += '\t';
    const inPre = pre || el.tagName === 'PRE';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (block) newline();
  };
  walk(root, false);
  return out
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Last reading of each rendered mail body: an open thread is read again on every change of the page. */
const bodyTexts = new WeakMap<Element, { raw: string; text: string }>();

/**
 * elementText of a mail body the webmail has rendered, read again only when its text content changed: a mail's
 * markup does not change once shown (it runs no script), so a 50-message thread costs one read per new message.
 */
export function mailBodyText(body: Element): string {
  const raw = body.textContent ?? '';
  const known = bodyTexts.get(body);
  if (known && known.raw === raw) return known.text;
  const text = elementText(body);
  bodyTexts.set(body, { raw, text });
  return text;
}

/**
 * Text a reader cannot see (display:none, invisible, transparent, zero-sized) is not read: a mail could otherwise hide
 * an invoice number, an amount or "payé" from the user and still steer detection. Inline styles are read from the
 * attribute; a class (Gmail turns a mail's own <style> into classes) is asked of the computed style.
 */
function isStyledHidden(el: Element): boolean {
  const inline = (el as HTMLElement).style;
  if (inline && el.getAttribute('style') && hiddenBy(inline)) return true;
  if (!el.getAttribute('class')) return false;
  const view = el.ownerDocument?.defaultView;
  return !!view && hiddenBy(view.getComputedStyle(el));
}

function hiddenBy(style: CSSStyleDeclaration): boolean {
  const zero = (value: string | undefined) => /^0(\.0+)?(px|pt|em|rem|%)?$/.test((value ?? '').trim());
  return (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    style.visibility === 'collapse' ||
    (style.opacity !== '' && Number(style.opacity) === 0) ||
    (style.fontSize !== '' && zero(style.fontSize)) ||
    style.color === 'transparent' ||
    style.color === 'rgba(0, 0, 0, 0)' ||
    // Overflow first: a computed height or width is a used value, and asking for it forces a layout of the page.
    (style.overflow === 'hidden' && (zero(style.maxHeight) || zero(style.maxWidth) || zero(style.height) || zero(style.width)))
  );
}

/** Text reduced to single spaces, for "does this contain that" checks that ignore line layout. */
export function flatText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
