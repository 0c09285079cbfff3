/** Caps that keep a hostile file from exhausting memory or time. */
export const LIMITS = {
  /** Largest file accepted (PDF or XML). */
  inputBytes: 20 * 1024 * 1024,
  /** Largest output of one decoded stream: a zip bomb stops here. */
  streamBytes: 5 * 1024 * 1024,
  /** Total decoded bytes for one PDF (object streams included). */
  documentDecodedBytes: 40 * 1024 * 1024,
  /** Nesting of arrays and dictionaries in a PDF object. */
  objectDepth: 64,
  /** Nodes visited in a name tree. */
  nameTreeNodes: 10_000,
  /** Objects opened when searching a whole PDF for file specifications (invoice PDFs hold a few hundred). */
  objectsSearched: 50_000,
  /**
   * Tags in one invoice XML. A real invoice of a thousand lines has some 50 000; the XML parser costs ~1 s per MB of
   * dense markup, so a file made of hundreds of thousands of tags would hold the service worker for seconds.
   */
  xmlTags: 100_000,
} as const;
