import { LIMITS } from '../limits';
import type { PdfDocument } from './pdf-document';
import { PdfRef, PdfStream, asDict, type PdfDict, type PdfObject } from './pdf-objects';
import { pdfTextString } from './pdf-text-string';

/** A file attached to a PDF: its name and its (still encoded) stream. */
export interface EmbeddedFile {
  name: string;
  stream: PdfStream;
}

/**
 * Lists the files attached through the catalog's /Names /EmbeddedFiles tree (with /Kids) and its /AF array,
 * /EF direct or indirect, without duplicates. When those give nothing, every object is searched for file
 * specifications (attachments hung on annotations, or a broken catalog).
 */
export async function listEmbeddedFiles(doc: PdfDocument): Promise<EmbeddedFile[]> {
  const found = new Map<PdfStream, EmbeddedFile>();
  const catalog = await doc.catalog();
  if (catalog) {
    const names = asDict(await doc.resolve(catalog.get('Names')));
    if (names) await walkNameTree(doc, names.get('EmbeddedFiles'), found);
    const af = await doc.resolve(catalog.get('AF'));
    if (Array.isArray(af)) for (const spec of af) await addFileSpec(doc, spec, undefined, found);
  }
  if (found.size === 0) {
    for (const num of doc.objectNumbers().slice(0, LIMITS.objectsSearched)) {
      const value = await doc.getObject(num);
      if (value instanceof Map && value.has('EF')) await addFileSpec(doc, value, undefined, found);
    }
  }
  return [...found.values()];
}

async function walkNameTree(doc: PdfDocument, root: PdfObject | undefined, found: Map<PdfStream, EmbeddedFile>) {
  const visited = new Set<number>();
  const pending: Array<PdfObject | undefined> = [root];
  let nodes = 0;
  while (pending.length > 0 && nodes++ < LIMITS.nameTreeNodes) {
    const ref = pending.pop();
    if (ref instanceof PdfRef) {
      if (visited.has(ref.num)) continue; // a /Kids loop
      visited.add(ref.num);
    }
    const node = asDict(await doc.resolve(ref));
    if (!node) continue;
    const names = await doc.resolve(node.get('Names'));
    if (Array.isArray(names)) {
      for (let i = 0; i + 1 < names.length; i += 2) {
        await addFileSpec(doc, names[i + 1], pdfTextString(await doc.resolve(names[i])), found);
      }
    }
    const kids = await doc.resolve(node.get('Kids'));
    if (Array.isArray(kids)) pending.push(...kids.slice().reverse());
  }
}

async function addFileSpec(doc: PdfDocument, specRef: PdfObject | undefined, key: string | undefined, found: Map<PdfStream, EmbeddedFile>): Promise<void> {
  const spec = asDict(await doc.resolve(specRef));
  if (!spec) return;
  const ef = asDict(await doc.resolve(spec.get('EF')));
  if (!ef) return;
  const stream = await doc.resolve(ef.get('F') ?? ef.get('UF'));
  if (!(stream instanceof PdfStream) || found.has(stream)) return;
  found.set(stream, { name: await fileName(doc, spec, key), stream });
}

/** The file name: /UF, then /F, then the name-tree key; a path keeps only its last part. */
async function fileName(doc: PdfDocument, spec: PdfDict, key: string | undefined): Promise<string> {
  const raw = pdfTextString(await doc.resolve(spec.get('UF'))) || pdfTextString(await doc.resolve(spec.get('F'))) || key || '';
  return raw.split(/[/\\]/).pop() ?? raw;
}
