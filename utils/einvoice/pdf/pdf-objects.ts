/** The PDF object model (ISO 32000 §7.3) as this reader needs it. */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A string object, kept as bytes: its text encoding depends on where it is used. */
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
}

/** A bare keyword met where a value was expected (endobj, stream, R, ...). */
export class PdfKeyword {
  constructor(readonly word: string) {}
}

export type PdfDict = Map<string, PdfObject>;

/** A stream: its dictionary and where its raw (still encoded) data lies in the file buffer. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly data: Uint8Array,
  ) {}
}

export type PdfObject = null | boolean | number | PdfName | PdfString | PdfRef | PdfKeyword | PdfStream | PdfDict | PdfObject[];

/** The dictionary of a dict or stream object, else undefined. */
export function asDict(value: PdfObject | undefined): PdfDict | undefined {
  if (value instanceof Map) return value;
  if (value instanceof PdfStream) return value.dict;
  return undefined;
}

/** The name a value holds, else undefined. */
export function asName(value: PdfObject | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}
