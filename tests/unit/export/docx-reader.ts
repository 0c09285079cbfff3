import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';

/** Test support: opens DOCX bytes, checks every XML part parses strictly, and returns the body's text, one paragraph a line. */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string; xml: string; parts: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files);
  for (const name of parts.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const source = await zip.file(name)!.async('string');
    strictParse(source, name);
  }
  const xml = await zip.file('word/document.xml')!.async('string');
  const doc = strictParse(xml, 'word/document.xml');
  const lines: string[] = [];
  const paragraphs = doc.getElementsByTagName('w:p');
  for (let i = 0; i < paragraphs.length; i++) {
    let line = '';
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeName === 'w:t') line += child.textContent ?? '';
        else if (child.nodeName === 'w:br') line += '\n';
        else if (child.nodeName === 'w:tab') line += '\t';
        else walk(child);
      }
    };
    walk(paragraphs[i] as unknown as Node);
    lines.push(line);
  }
  return { text: lines.join('\n'), xml, parts };
}

function strictParse(source: string, name: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      // Warnings (e.g. a legitimate U+FFFD) are not well-formedness errors.
      if (level !== 'warning') errors.push(`${level}: ${message}`);
    },
  }).parseFromString(source, 'text/xml');
  // XML 1.0 forbids most C0 controls even as character references; xmldom is lenient about them, so check by hand.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|&#x?0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]|[bcef]|1[0-9a-f]);/i.test(source))
    errors.push('forbidden control character');
  if (errors.length > 0) throw new Error(`${name} is not well-formed XML: ${errors.join('; ')}`);
  return doc;
}
