/** Turns what an adapter hands us into plain text the detectors can read quickly. */

/** Longest prefix of a body we read: the facts of an invoice or a reply sit at the top, and 1 MB bodies must stay fast. */
export const MAX_BODY_CHARS = 30_000;

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  pound: '£',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ecirc: 'ê',
  ocirc: 'ô',
  ucirc: 'û',
  rsquo: '\u2019',
  laquo: '«',
  raquo: '»',
  hellip: '…',
};

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[body.toLowerCase()] ?? whole;
}

/** Plain text from a body: CRLF folded, HTML leftovers (tags, entities, style blocks) removed, capped in length. */
export function cleanMailText(text: string | undefined | null, maxChars = MAX_BODY_CHARS): string {
  if (!text) return '';
  let out = text.length > maxChars ? text.slice(0, maxChars) : text;
  out = out.replace(/\r\n?/g, '\n');
  if (/<\/?[a-z][^>]*>/i.test(out)) {
    out = out
      .replace(/<(style|script|head)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>|<\/(p|div|tr|li|h[1-6]|table)>/gi, '\n')
      .replace(/<\/?[a-z][^>]*>/gi, ' '); // a space, so "<td>TTC</td><td>2 940 €" keeps its words apart
  }
  if (out.includes('&')) out = out.replace(/&(#x?[0-9a-f]{1,6}|[a-z]{2,8});/gi, decodeEntity);
  return out;
}
